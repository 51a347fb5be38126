import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../lib/analysis/index.ts';

// A false-flag audit (2026-11-23): our own sentences (written for this test, not taken from any
// data set) of the order, delivery, stock, payment, returns and promotion messages customers and
// agents exchange with an online shop and on a brand's X account, and of product descriptions.
// None of them is a complaint, so none may come out negative: a false flag hides the next real
// complaint from the agent. Rows marked "was flagged" came out negative before the audit's fixes
// (languages/es.ts, pt.ts, it.ts: `shopTalk` and the shop-talk phrase groups). Still flagged, and
// left out here: a bare negated verb with nothing rated after it ("No encuentro el correo", "Não
// achei o e-mail"), VADER's rule for "no"; making "no"/"não" neutral cost negative F1 (es 1.1,
// pt 7.3). A few real complaints per language, some built on the words the audit made neutral,
// check that the fixes did not neuter complaints.

function label(text: string, lang: string): string {
  return analyzeText({ text, langHint: lang }).sentiment.label;
}

type Row = [phenomenon: string, text: string];

describe('Spanish shop talk is not flagged', () => {
  test.each<Row>([
    ['was flagged: "buenas tardes" (tardes read as the slur "tard")', 'Buenas tardes, quería saber si la camiseta negra de algodón está disponible en talla M.'],
    ['was flagged: returns period question, "if it does not fit"', '¿Cuál es el plazo para devolver un artículo si no me queda bien la talla?'],
    ['was flagged: agotado = sold out', '¿Tenéis el vestido gris en la talla 38 o está agotado?'],
    ['was flagged: returning in a shop (devolverlo)', 'Compré en Zara online y quiero saber si puedo devolverlo en una tienda física.'],
    ['was flagged: asking to cancel an order', 'Quiero cancelar el pedido antes de que lo enviéis, ¿se puede?'],
    ['was flagged: duda = a question', 'Tengo una duda con las tallas: ¿la M equivale a una 40?'],
    ['was flagged: "disculpa", express shipping (urgente)', 'Disculpa, ¿el envío urgente llega en 24 horas?'],
    ['was flagged: limited edition, the colour ecru (crudo)', 'Edición limitada: solo 200 unidades de la zapatilla en color crudo.'],
    ['was flagged: children\'s wear (infantil)', 'Buenas tardes, ¿la sudadera infantil viene en talla 8 años?'],
    ['was flagged: in-store pickup (retirada)', 'La retirada en tienda es gratuita, ¿verdad?'],
    ['was flagged: pay later (aplazar)', '¿Se puede aplazar el pago en tres cuotas sin intereses?'],
    ['was flagged: hard cover, bottom pocket (dura, inferior)', 'Funda con tapa dura y bolsillo inferior para tarjetas.'],
    ['was flagged: recipient absent (ausente)', 'Si estoy ausente, ¿el repartidor deja aviso o lo intenta otra vez?'],
    ['was flagged: partial refund, thanked for', 'Me han hecho un reembolso parcial del pedido, todo correcto, gracias.'],
    ['was flagged: bin bags (bolsas de basura)', 'Pack de 50 bolsas de basura de 30 litros con cierre fácil.'],
    ['was flagged: vacuum-packed (al vacío)', 'Café envasado al vacío, 250 g, tueste natural.'],
    ['was flagged: hard drive (disco duro)', 'El disco duro externo de 2 TB viene con cable USB-C.'],
    ['was flagged: gross weight (peso bruto)', 'Peso bruto del paquete: 3,2 kg.'],
    ['was flagged: returns policy question (devoluciones)', '¿Cuál es la política de devoluciones para productos en oferta?'],
    ['was flagged: "how long does it take" (cuánto demora)', '¿Cuánto demora el envío a Lima?'],
    ['was flagged: alarm kit, security camera', 'Kit de alarma para casa con cámara de vigilancia wifi.'],
    ['was flagged: required form field (obligatorio)', 'El campo del teléfono es obligatorio para el transportista.'],
    ['was flagged: sold out, colour black', '¿Está agotado el modelo negro o vuelve la semana que viene?'],
    ['was flagged: cancelling a subscription', 'Quería saber cómo cancelar la suscripción antes de la renovación.'],
    ['order status', 'Hola, ¿me podéis decir cuándo llega mi pedido? El número es 48213.'],
    ['shipping cost question', '¿Hacéis envíos a Canarias? ¿Cuánto cuesta el envío?'],
    ['delivered, thanks', 'Ya me ha llegado el paquete, todo perfecto. ¡Gracias!'],
    ['address change', '¿Se puede cambiar la dirección de entrega? Me he mudado la semana pasada.'],
    ['invoice request', 'Necesito la factura a nombre de mi empresa, ¿dónde la descargo?'],
    ['payment confirmed', 'El pago con tarjeta ya aparece como confirmado en mi banco.'],
    ['discount code', 'Hola! El código de descuento VERANO20 sirve para productos rebajados?'],
    ['out for delivery', 'Mi pedido está en reparto, ¿a qué hora suele pasar el repartidor?'],
    ['delivery slot', '¿Puedo elegir una franja horaria de entrega por la tarde?'],
    ['materials and dimensions', 'Las zapatillas son de piel y la suela de goma, miden 28 cm.'],
    ['product description', 'Chaqueta impermeable color azul marino, con capucha desmontable y bolsillos interiores.'],
    ['thanks to the agent', 'Muchas gracias por la atención, me resolvieron la duda en cinco minutos.'],
    ['restock question', '¿Cuándo vuelve a haber stock de la mochila roja?'],
    ['VAT question', 'Buenos días, ¿el precio incluye el IVA?'],
    ['card charge timing (cargo)', '¿El cargo en la tarjeta se hace al comprar o al enviar el pedido?'],
    ['tracking update', 'Seguimiento del envío: el paquete salió ayer del almacén de Madrid.'],
    ['furniture dimensions', 'La mesa mide 120 x 80 cm y es de madera de roble maciza.'],
    ['praise, colour black', 'Me encantó el abrigo, quiero otro igual en negro.'],
    ['click and collect', 'Hola, ¿es posible recoger el pedido en tienda en vez de a domicilio?'],
    ['warranty question', '¿Cómo funciona la garantía de dos años?'],
    ['coupon in the cart', 'Tengo un cupón de 10 euros, ¿cómo lo aplico en el carrito?'],
    ['praise of a collection', '¡Qué bonita la nueva colección de otoño! Ya tengo mi lista de deseos.'],
    ['free shipping question', 'Sin gastos de envío a partir de 50 euros, ¿verdad?'],
    ['courier left it with the porter', 'El repartidor de Correos dejó el paquete con el portero, todo bien.'],
    ['payment methods', '¿Aceptáis PayPal o solo tarjeta?'],
    ['Black Friday promotion', 'Black Friday: 30% de descuento en toda la tienda hasta el domingo.'],
    ['season\'s greetings', 'Feliz Navidad a todo el equipo, ¡gracias por cuidar tanto los envíos!'],
    ['waiting, as tracking says', 'Estoy esperando el pedido, según el seguimiento llega mañana.'],
    ['customs duties question (impuestos)', '¿Hay que pagar impuestos de aduana si el envío viene de fuera de la UE?'],
    ['Latin American: delivery time', 'Hola, ¿me confirman si el envío a Monterrey tarda 3 días hábiles?'],
    ['Latin American: proof of transfer', 'Ya hice la transferencia, les mando el comprobante por aquí.'],
    ['colours purple and brown (café)', 'Quisiera saber si tienen la funda en color morado o café.'],
    ['colour darker than the photo, still liked', 'El color real es más oscuro que en la foto, pero me gusta igual.'],
    ['exchange for a bigger size', '¿Puedo cambiar la talla de las botas por una más grande?'],
  ])('%s: %s', (_phenomenon, text) => {
    expect(label(text, 'es')).not.toBe('negative');
  });
});

describe('Spanish shop complaints are still flagged', () => {
  test.each<Row>([
    ['waiting, nobody answers', 'Llevo dos semanas esperando el pedido y nadie me contesta, qué vergüenza.'],
    ['broken and charged twice', 'La camiseta llegó rota y encima me cobraron dos veces.'],
    ['bad service, never again', 'Pésimo servicio, no vuelvo a comprar en esta tienda.'],
    ['does not work, disaster', 'El producto no funciona y la atención al cliente es un desastre.'],
    ['scammed, never arrived', 'Me han estafado: pagué y nunca me llegó el paquete.'],
    ['cancelling because of a delay', 'Quiero cancelar el pedido porque lleva tres semanas de retraso.'],
    ['always sold out, a joke', 'Siempre está agotado, es una tomadura de pelo.'],
    ['inferior to the photo', 'Calidad inferior a la de la foto, una decepción.'],
  ])('%s: %s', (_phenomenon, text) => {
    expect(label(text, 'es')).toBe('negative');
  });

  test('a returns question next to a fault names the refund category', () => {
    const a = analyzeText({ text: 'Llegó roto, ¿puedo devolverlo?', langHint: 'es' });
    expect(a.sentiment.label).toBe('negative');
    expect(a.complaint?.categories).toEqual(['damaged', 'refund']);
  });
});

describe('Portuguese shop talk is not flagged', () => {
  test.each<Row>([
    ['was flagged: "if it does not fit" (não servir)', 'Como funciona a troca se o tamanho não servir?'],
    ['was flagged: returning in a shop (devolver)', 'Comprei pelo app da Renner, posso devolver numa loja física?'],
    ['was flagged: asking to cancel an order', 'Quero cancelar o pedido antes do envio, é possível?'],
    ['was flagged: dúvida = a question', 'Tenho uma dúvida sobre o tamanho: o M veste 40?'],
    ['was flagged: "desculpa incomodar"', 'Desculpa incomodar, o envio expresso chega em 24 horas?'],
    ['was flagged: limited edition (edição limitada)', 'Edição limitada: só 200 unidades do tênis na cor off-white.'],
    ['was flagged: "boas tardes", children\'s wear (infantil)', 'Boas tardes, a camisola infantil tem tamanho 8 anos?'],
    ['was flagged: in-store pickup (retirada)', 'A retirada na loja é grátis, certo?'],
    ['was flagged: in stock (pronta entrega)', 'Produto a pronta entrega, enviamos no mesmo dia.'],
    ['was flagged: payment processed (processado)', 'Seu pagamento foi processado e o pedido está aguardando envio.'],
    ['was flagged: awaiting payment (aguarda)', 'O pedido aguarda a confirmação do pagamento.'],
    ['was flagged: the courier told me (avisou)', 'O entregador avisou que passa amanhã de manhã.'],
    ['was flagged: bin bags (sacos de lixo)', 'Kit com 100 sacos de lixo de 50 litros.'],
    ['was flagged: a bin (lixeira)', 'Lixeira de inox com pedal, 12 litros.'],
    ['was flagged: gross weight (peso bruto)', 'Peso bruto: 3,2 kg. Garantia de 12 meses.'],
    ['was flagged: loose fit, grey in Portugal (solto, cinzento)', 'Vestido solto de linho, cor cinzento claro.'],
    ['was flagged: simples = easy', 'É bem simples: é só colar o cupom no carrinho.'],
    ['was flagged: returns policy question (devoluções)', 'Qual é a política de devoluções para produtos em promoção?'],
    ['was flagged: "how long does it take" (quanto tempo demora)', 'Quanto tempo demora para chegar em Recife?'],
    ['was flagged: alarm (alarme)', 'Câmera de segurança com alarme e visão noturna.'],
    ['was flagged: required form field (obrigatório)', 'O campo CPF é obrigatório para emitir a nota.'],
    ['was flagged: bottom pocket (inferior)', 'Bolsa com bolso inferior e alça removível.'],
    ['was flagged: equipment with a USB-C port (entrada)', 'Esse equipamento vem com entrada USB-C?'],
    ['order status', 'Oi, meu pedido já foi enviado? O número é 55821.'],
    ['colour black', 'Boa tarde! Vocês têm essa camiseta preta no tamanho G?'],
    ['delivery time', 'Qual é o prazo de entrega para Belo Horizonte?'],
    ['delivered, thanks', 'Recebi hoje, chegou certinho. Obrigada!'],
    ['address change', 'Posso trocar o endereço de entrega? Mudei de apartamento.'],
    ['invoice request', 'Preciso da nota fiscal com CNPJ, onde consigo baixar?'],
    ['Pix payment', 'O pagamento via Pix já foi aprovado?'],
    ['sold out question, grey', 'Tem o vestido cinza no 38 ou esgotou?'],
    ['coupon', 'O cupom BEMVINDO10 vale para produtos em promoção?'],
    ['out for delivery', 'Meu pedido saiu para entrega, até que horas o entregador passa?'],
    ['delivery slot', 'Dá para escolher o horário de entrega?'],
    ['materials', 'Tênis de couro com sola de borracha e palmilha macia.'],
    ['product description', 'Jaqueta corta-vento azul-marinho, com capuz removível e bolsos internos.'],
    ['thanks to the agent', 'Muito obrigado pelo atendimento, resolveram minha dúvida rapidinho.'],
    ['restock question, red', 'Quando volta o estoque da mochila vermelha?'],
    ['free shipping question', 'Bom dia, o frete é grátis acima de 200 reais?'],
    ['instalments and the card bill (cobrança)', 'Parcelei em 3x no cartão, a cobrança vem na próxima fatura?'],
    ['tracking update', 'O código de rastreio mostra que o pacote está em trânsito desde ontem.'],
    ['furniture dimensions', 'A mesa tem 1,20 m x 80 cm e é de madeira maciça.'],
    ['praise, colour brown', 'Amei a bolsa, quero outra igual na cor marrom.'],
    ['click and collect', 'Dá para retirar na loja em vez de receber em casa?'],
    ['gift card', 'Tenho um vale-presente de 50 reais, como uso no carrinho?'],
    ['praise of a collection', 'Que linda a nova coleção de verão! Já salvei vários itens.'],
    ['parcel left with the porter (encomenda)', 'O carteiro deixou a encomenda na portaria, tudo certo.'],
    ['Portugal: confirming the address (morada)', 'Olá, queria confirmar a morada de entrega: Rua Augusta 40, 2.º esquerdo.'],
    ['Portugal: MB Way', 'Aceitam MB Way ou só cartão?'],
    ['Black Friday promotion', 'Black Friday: 30% de desconto em toda a loja até domingo.'],
    ['Portugal: season\'s greetings (equipa)', 'Feliz Natal a toda a equipa, obrigada pelo cuidado com as encomendas!'],
    ['charger in the box', 'O carregador vem na caixa ou é vendido à parte?'],
    ['waiting, as tracking says', 'Estou aguardando o pedido, pelo rastreio chega amanhã.'],
    ['import tax question', 'Preciso pagar imposto de importação se vier de fora?'],
    ['praise, will buy again', 'Entrega rápida e produto igual à foto. Vou comprar de novo.'],
    ['payment slip due tomorrow (boleto)', 'Boa noite, o boleto vence amanhã, ainda dá para pagar?'],
    ['marketplace seller shipped', 'Comprei no Mercado Livre e o vendedor já despachou, valeu!'],
    ['colour darker than the photo, still liked', 'A cor real é mais escura que na foto, mas gostei mesmo assim.'],
  ])('%s: %s', (_phenomenon, text) => {
    expect(label(text, 'pt')).not.toBe('negative');
  });
});

describe('Portuguese shop complaints are still flagged', () => {
  test.each<Row>([
    ['not arrived, nobody answers', 'Já faz duas semanas e meu pedido não chegou, ninguém responde.'],
    ['broken and charged twice', 'O produto veio quebrado e ainda cobraram duas vezes no cartão.'],
    ['bad service, never again', 'Péssimo atendimento, nunca mais compro nessa loja.'],
    ['stopped working, disappointment', 'O fone parou de funcionar em uma semana, que decepção.'],
    ['paid, nothing came, a scam', 'Paguei e não recebi nada, isso é golpe.'],
    ['cancelling because of a delay', 'Quero cancelar, o pedido está atrasado há duas semanas.'],
    ['threat to sue (processar)', 'Vou processar a loja, isso é um absurdo.'],
  ])('%s: %s', (_phenomenon, text) => {
    expect(label(text, 'pt')).toBe('negative');
  });

  test('a returns question next to a fault names the refund category', () => {
    const a = analyzeText({ text: 'Veio quebrado, posso devolver?', langHint: 'pt' });
    expect(a.sentiment.label).toBe('negative');
    expect(a.complaint?.categories).toEqual(['damaged', 'refund']);
  });
});

describe('Italian shop talk is not flagged', () => {
  test.each<Row>([
    ['was flagged: returns question, "if the size is not right"', 'Entro quanti giorni posso fare il reso se la taglia non va bene?'],
    ['was flagged: serve = is needed (read as "servo")', 'Mi serve la fattura intestata alla mia azienda, dove la scarico?'],
    ['was flagged: returning in a shop (restituire)', 'Ho comprato sul sito di Calzedonia, posso restituire in negozio?'],
    ['was flagged: dubbio = a question', 'Ho un dubbio sulla taglia: la M corrisponde a una 44?'],
    ['was flagged: "scusate il disturbo", express shipping (urgente)', 'Scusate il disturbo, la spedizione urgente arriva in 24 ore?'],
    ['was flagged: limited edition (edizione limitata)', 'Edizione limitata: solo 200 paia di sneakers color panna.'],
    ['was flagged: long sleeve, soft colours (manica lunga, tenui)', 'Maglia a manica lunga in cotone, colori tenui.'],
    ['was flagged: in-store pickup (ritiro)', 'Il ritiro in negozio è gratuito, giusto?'],
    ['was flagged: "a breve" = soon', 'Ciao! Il tuo ordine sarà spedito a breve.'],
    ['was flagged: gentle wash (lavaggio delicato)', 'Lavaggio delicato a 30 gradi, non candeggiare.'],
    ['was flagged: reduced price, last sizes (ridotto, ultime)', 'Prezzo ridotto del 20% sulle ultime taglie disponibili.'],
    ['was flagged: BPA-free (priva di BPA)', 'Borraccia in acciaio priva di BPA, 750 ml.'],
    ['was flagged: discounted goods (scontata)', 'Merce scontata: le scarpe sono in saldo fino a domenica.'],
    ['was flagged: the shop manager (responsabile)', 'Vorrei parlare con il responsabile del negozio di Torino per un ordine.'],
    ['was flagged: bin bags (sacchetti per la spazzatura)', 'Confezione da 30 sacchetti per la spazzatura.'],
    ['was flagged: customs duties question (tasse doganali)', 'Le tasse doganali sono incluse nel prezzo?'],
    ['was flagged: recipient absent (assente)', 'Se il destinatario è assente, il corriere ripassa il giorno dopo?'],
    ['was flagged: required form field (obbligatorio)', 'Il campo codice fiscale è obbligatorio per la fattura?'],
    ['was flagged: hard-shell suitcases (rigide)', 'Valigie rigide con ruote, misura bagaglio a mano.'],
    ['was flagged: alarm kit (kit allarme)', 'Kit allarme con telecamera di sicurezza wifi.'],
    ['was flagged: bottom pocket (inferiore)', 'Zaino con tasca inferiore per le scarpe.'],
    ['order status', 'Ciao, quando arriva il mio ordine? Il numero è 73104.'],
    ['colour black', 'Buongiorno, avete la maglietta nera in taglia M?'],
    ['shipping cost question', 'Quanto costa la spedizione in Sardegna?'],
    ['delivered, thanks', 'Pacco ricevuto oggi, tutto perfetto. Grazie!'],
    ['address change', "Posso cambiare l'indirizzo di consegna? Mi sono trasferito."],
    ['card charged, order confirmed? (addebitato)', "Il pagamento con carta risulta già addebitato, l'ordine è confermato?"],
    ['sold out question, grey', 'Il vestito grigio è disponibile nella 42 o è esaurito?'],
    ['discount code on sale items', 'Il codice sconto ESTATE20 vale anche sui saldi?'],
    ['out for delivery', 'Il mio ordine è in consegna, a che ora passa di solito il corriere?'],
    ['delivery slot', 'Posso scegliere una fascia oraria per la consegna?'],
    ['materials', 'Scarpe in pelle con suola in gomma e soletta imbottita.'],
    ['product description', 'Giacca impermeabile blu navy con cappuccio staccabile e tasche interne.'],
    ['thanks to the agent', "Grazie mille per l'assistenza, mi avete risposto in cinque minuti."],
    ['restock question, red', 'Quando torna disponibile lo zaino rosso?'],
    ['VAT question', 'Buonasera, il prezzo è IVA inclusa?'],
    ['PayPal payment', 'Ho pagato con PayPal, vi arriva subito il pagamento?'],
    ['card charge timing (addebito)', "L'addebito sulla carta avviene all'ordine o alla spedizione?"],
    ['tracking update', 'Tracking: il pacco è partito ieri dal magazzino di Milano.'],
    ['furniture dimensions', 'Il tavolo misura 120 x 80 cm ed è in legno di rovere massello.'],
    ['praise, colour black', 'Adoro il cappotto, ne vorrei un altro uguale in nero.'],
    ['click and collect', "È possibile ritirare l'ordine in negozio invece che a casa?"],
    ['voucher in the cart', 'Ho un buono da 10 euro, come lo applico nel carrello?'],
    ['praise of a collection', 'Che bella la nuova collezione autunno! Ho già messo tutto nella lista dei desideri.'],
    ['courier left it with the porter', 'Il corriere BRT ha lasciato il pacco al portiere, tutto ok.'],
    ['payment methods', 'Accettate Satispay o solo carta?'],
    ['Black Friday promotion', 'Black Friday: sconto del 30% su tutto il negozio fino a domenica.'],
    ['waiting, as tracking says', "Sto aspettando l'ordine, dal tracking arriva domani."],
    ['customs question (dogana)', 'Devo pagare la dogana se la spedizione arriva da fuori UE?'],
    ['asking to cancel an order', "Vorrei annullare l'ordine prima della spedizione, si può?"],
    ['bank transfer receipt', 'Ho fatto il bonifico, vi mando la ricevuta qui.'],
    ['colours purple and brown (viola)', 'Avete la cover in viola o in marrone?'],
    ['colour darker than the photo, still liked', 'Il colore reale è più scuro che in foto, ma mi piace lo stesso.'],
  ])('%s: %s', (_phenomenon, text) => {
    expect(label(text, 'it')).not.toBe('negative');
  });
});

describe('Italian shop complaints are still flagged', () => {
  test.each<Row>([
    ['waiting, nobody answers', "Aspetto l'ordine da due settimane e nessuno risponde, vergognoso."],
    ['broken and charged twice', 'La maglietta è arrivata rotta e mi avete addebitato due volte.'],
    ['bad service, never again', 'Servizio clienti pessimo, non compro mai più da voi.'],
    ['does not work, disappointment', 'Il prodotto non funziona, che delusione.'],
    ['paid, never arrived, a scam', 'Ho pagato e il pacco non è mai arrivato: una truffa.'],
    ['express shipping took two weeks (urgente)', 'Che schifo, la spedizione urgente è arrivata dopo due settimane.'],
    ['a long wait (lunga attesa) and no answer', 'Una lunga attesa per niente, il pacco è ancora in ritardo.'],
  ])('%s: %s', (_phenomenon, text) => {
    expect(label(text, 'it')).toBe('negative');
  });

  test('a returns request next to a fault names the refund category', () => {
    const a = analyzeText({ text: 'È arrivato rotto, posso restituire?', langHint: 'it' });
    expect(a.sentiment.label).toBe('negative');
    expect(a.complaint?.categories).toEqual(['damaged', 'refund']);
  });
});
