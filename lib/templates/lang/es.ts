/**
 * Spanish (Spain and Latin America). Negation precedes the verb ("no es culpa nuestra"); accents
 * are optional in the text (folded away), as many agents type without them.
 */
import type { LangTable } from './types.ts';

export const es: LangTable = {
  contrast: String.raw`\b(?:pero|sino|sin embargo|aunque|en cambio)\b`,
  negBefore: String.raw`\b(?:no|nunca|jamás|ni|sin|tampoco|ning(?:ún|uno|una)|nadie|nada)\b`,
  liability: [
    String.raw`\b(?:nuestra|mi) (?:propia )?(?:culpa|negligencia|responsabilidad exclusiva)\b`,
    String.raw`\b(?:culpa|error|fallo|equivocación|negligencia)(?<!\bsi [^.!?,]{0,30}) (?:\p{L}+ )?(?:nuestr[oa]|mí[oa]|de nuestra parte|de nosotros)\b`,
    String.raw`\b(?:la )?culpa (?:es|fue|ha sido|la tenemos) (?:\p{L}+ ){0,2}(?:nuestra|mía|de nosotros|nosotros)\b`,
    String.raw`\b(?:asumimos|aceptamos|reconocemos|admitimos|asumo|acepto|reconozco) (?:\p{L}+ ){0,3}(?:responsabilidad|culpa|error(?:es)?|negligencia)\b`,
    String.raw`\bnos hacemos (?:\p{L}+ )?(?:responsables|cargo de l(?:os daños|a responsabilidad))\b`,
    String.raw`\b(?:somos|fuimos|hemos sido|soy|fui) (?:\p{L}+ ){0,2}(?:responsables|culpables|negligentes|los culpables|los responsables)\b`,
    String.raw`\bnegligen(?:cia|tes?)\b`,
    String.raw`(?<!\bsi )\bse (?:nos|me) (?:pasó|escapó|ha pasado|fue de las manos)\b|\b(?:te (?:hemos |he )?fallado|te fallamos|lo (?:hicimos|hemos hecho|gestionamos|hemos gestionado) (?:muy )?mal|nos equivocamos|me equivoqué|nos hemos equivocado|metimos la pata|la cagamos|la hemos liado|la regamos|cometimos (?:un |varios )?(?:\p{L}+ )?errore?s?|hemos cometido (?:un |varios )?(?:\p{L}+ )?errore?s?)\b`,
    String.raw`\bculpa(?: \p{L}+){0,4},? (?:es|sino|es toda|es solo) (?:nuestra|de nosotros)\b`,
    String.raw`\bsino (?:nuestr[ao]|de nosotros)\b`,
    { re: String.raw`\bno (?:lo )?(?:hicimos|hemos hecho) (?:bien|lo suficiente|un buen trabajo)\b|\bno (?:l[oa]s? )?(?:revisamos|comprobamos|controlamos|verificamos)(?: \p{L}+){0,3} (?:bien|a fondo|lo suficiente)\b|\b(?:deberíamos|debimos|tendríamos que) haber(?:l[oa]s?)? (?:\p{L}+ )?(?:detectado|revisado|comprobado|visto|avisado|previsto|retirado)\b|\bno (?:estuvimos|hemos estado) a la altura\b`, polar: true },
    String.raw`\b(?:nuestr(?:o|a|os|as)) (?:productos?|cargador(?:es)?|baterías?|dispositivo|sistema|almacén|equipo)(?: \p{L}+){0,3} (?:causó|causaron|provoc(?:ó|aron)|ha causado|han causado|dañó|dañaron)\b`,
  ],
  speculation: [
    String.raw`\b(?:probablemente|seguramente|posiblemente|quizás?|tal vez|a lo mejor|aparentemente|presuntamente|supuestamente|previsiblemente|al parecer|por lo visto|según parece)\b`,
    String.raw`\bpor lo que (?:sabemos|vemos|parece)\b`,
    String.raw`\b(?:creemos|pensamos|suponemos|sospechamos|intuimos|imaginamos|estimamos|creo|pienso|supongo|sospecho) que\b|\bsospech(?:amos|o) de\b`,
    String.raw`\b(?:parec(?:e|ería|iera)) (?:que|ser|deberse)\b`,
    String.raw`\b(?:es|sería|lo más) (?:muy )?(?:posible|probable)(?: es)? que\b`,
    String.raw`\b(?:deberían?|podrían?|debe de|deben de)(?: \p{L}+){0,2} (?:estar|quedar|ser|haber|volver|llegar|resolverse|solucionarse|deberse|tratarse|explotar|incendiarse)\b(?! tan (?:amable|gentil)\p{L}*)`,
    String.raw`\bojalá\b`,
  ],
  absolute: [
    // Not the availability formulas: "siempre estamos aquí para ayudarte", "nunca dudes en escribirnos".
    String.raw`\b(?:siempre|nunca|jamás|garant(?:izado|izada|izados|izamos|izo|ía total)|absolutamente|definitivamente|sin falta|sin duda|sin ninguna duda|en ningún caso|bajo ningún concepto|imposible)\b(?! (?:estamos |estaremos )?(?:aquí|aqui|disponibles?|a tu disposición|a su disposición|para (?:ayudar(?:te|le)|lo que necesites))\b| dudes\b| dude\b)`,
    { re: String.raw`\b(?:no )?(?:volver[áa]) a (?:pasar|ocurrir|suceder)(?: nunca| jamás)?\b|\bnunca más\b`, polar: true },
    String.raw`(?:\b100 ?%|\bcien por cien(?:to)?)`,
    { re: String.raw`\b(?:ningún|cero|sin) (?:\p{L}+ )?riesgo\b`, polar: true },
  ],
  nonApology: [
    String.raw`\b(?:si|que) (?:te|le|os|les|se) (?:\p{L}+ )?(?:sientas?|sintieras?|sentiste|sintió|has sentido|ha sentido|hayas sentido|haya sentido|hayáis sentido|sentís|molest(?:ó|aron)|ofendi(?:ó|mos|ste)|ha molestado|ha ofendido)\b`,
    String.raw`\bque (?:te|le|os|les) (?:sientas?|sintáis|sientan) (?:así|de es(?:a manera|e modo)|mal)\b`,
    String.raw`\bque lo (?:veas|vea|veáis|vean|percibas?|tomes|tome) (?:así|de es(?:a manera|e modo)|como)\b`,
    String.raw`\bsi alguien se (?:\p{L}+ )?(?:sintió|ha sentido|siente) (?:ofendido|molesto|aludido)\b`,
    // A conditional about our own words: "lamentamos si nuestro mensaje causó confusión".
    String.raw`\b(?:lament(?:amos|o)|sentimos|siento|disculp(?:a|e|as)|perdón)\b[^.!?]{0,20}\b(?:si (?:nuestr[oa]s?|est[ea]|es[ea]|mi)\b(?: \p{L}+){0,2} (?:mensajes?|publicación|post|tuit|comentario|respuesta|comunicado|tono|anuncio|campaña)|(?:si|que) (?:te|le|os|les) (?:pareció|sonó|(?:ha|haya) (?:parecido|sonado)))\b`,
  ],
  claims: [
    { re: String.raw`\b(?:resuelt(?:o|a|os)|solucionad(?:o|a|os)|superado|controlado|bajo control|normalidad|vuelve a la normalidad|todo en orden)\b`, level: 'resolved' },
    { re: String.raw`\b(?:arreglad[oa]|reparad[oa]|corregid[oa]|subsanado)\b`, level: 'fixed' },
    // Other words for done: "ya pasó", "funciona de nuevo", "restablecido".
    { re: String.raw`\b(?:ya pasó|ya está todo bien|todo está bien ya|(?:funcionan?|operan?) (?:de nuevo|otra vez|con normalidad)|(?:vuelven?|volvió|volvieron) a funcionar|restablecid[oa]s?|cosa del pasado)\b`, level: 'resolved' },
    { re: String.raw`\b(?:es|son|están?|siguen?|totalmente|completamente|100 ?%) (?:\p{L}+ ){0,2}(?:seguro|segura|seguros|seguras|a salvo|fuera de peligro|inofensivos?|inofensivas?)\b`, level: 'safe' },
    { re: String.raw`\b(?:ningún|sin|cero) (?:\p{L}+ )?(?:riesgo|peligro)\b`, level: 'safe', polar: true },
    // "puede seguir usándolo", "no hay de qué preocuparse".
    { re: String.raw`\b(?:seguir|continuar) (?:usando|utilizando|cargando|usándol\p{L}*|utilizándol\p{L}*|cargándol\p{L}*)\b`, level: 'safe' },
    { re: String.raw`\bno hay (?:de qué|nada de qué|por qué|motivo para|razón para) preocupar\p{L}*`, level: 'safe', polar: true },
  ],
  notClaim: String.raw`\b(?:hasta que|cuando|en cuanto|una vez|tan pronto|si|antes de que|después de que|serán?|estarán?|quedará|va a|van a|vamos a|deberían?|podría|esperamos|esperemos|pronto|trabajamos para|para que)\b`,
  promises: [
    { kind: 'refund', re: String.raw`\b(?:reembols\p{L}*|devolv\p{L}* (?:\p{L}+ ){0,2}(?:dinero|importe|gastos|costes?|precio|envío)|devolución del (?:dinero|importe))\b` },
    { kind: 'replacement', re: String.raw`\b(?:sustitu\p{L}*|reemplaz\p{L}*|reposición|unidad nueva|nueva unidad|cambi(?:amos|aremos|arte|arle|o) (?:\p{L}+ )?(?:la|el|tu|su) (?:\p{L}+ )?(?:batería|dispositivo|producto|unidad|cargador))\b` },
    { kind: 'compensation', re: String.raw`\b(?:compens\p{L}*|indemniz\p{L}*|resarc\p{L}*|abon(?:amos|aremos|arte|arle)|nos hacemos cargo de los gastos|cubrimos los gastos|cubriremos los gastos)\b` },
    { kind: 'voucher', re: String.raw`\b(?:cupón|cupones|vales?|código de descuento|código promocional|descuentos?|tarjeta regalo|saldo a tu favor|envío gratis|envío gratuito)\b` },
    { kind: 'repair', re: String.raw`\b(?:reparación|reparaciones|repararemos|reparamos (?:tu|su|el|la)|reparar (?:tu|su|el|la))\b` },
    { kind: 'compensation', re: String.raw`\b(?:regal(?:o|amos|aremos)|obsequio|de regalo)\b`, generic: true },
  ],
  deadlines: [
    String.raw`\b(?:antes del?|para el|como muy tarde|a más tardar|dentro de|en (?:las próximas|los próximos)|hasta el)\s+(?:próximo\s+)?(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|fin de semana|mañana|hoy|(?:\d+|dos|tres|cuatro|cinco|siete|diez)\s*(?:horas|días(?: hábiles)?|semanas))\b`,
    String.raw`\b(?:el|este|el próximo)\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)\s+(?:como muy tarde|a más tardar|sin falta)\b`,
    String.raw`\b(?:antes del?|para el|hasta el)\s+\d{1,2}\s+de\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\b`,
    String.raw`\b(?:mañana mismo|hoy mismo|como muy tarde|a más tardar)\b`,
  ],
  update: String.raw`\b(?:actualizaci(?:ón|ones)|novedades|informaremos|próxima información|nuevo comunicado)\b`,
  reviewRequests: [
    String.raw`\b(?:modific|cambi|elimin|borr|quit|actualiz|retir|edit|mejor|reconsider|revis)\p{L}*(?: \p{L}+){0,2} (?:tu|su|la|vuestra) (?:\p{L}+ )?(?:reseñas?|valoración|opinión|calificación|puntuación|comentario)\b`,
    String.raw`\b(?:reseña|valoración|opinión|calificación)\b(?: \p{L}+){0,2} (?:positiva|de (?:\d|cinco) estrellas|mejor)\b`,
    String.raw`\b(?:\d|cinco) estrellas\b`,
  ],
  yourOrder: String.raw`\b(?:tu|su|vuestro) (?:\p{L}+ )?(?:pedido|paquete|envío|compra|reembolso|devolución)\b`,
  genericUnits: String.raw`(?:unidades|unidad|dispositivos?|productos?|aparatos?|baterías|batería|cargadores?)`,
  scopeNouns: String.raw`\b(?:almacén|almacenes|lotes?|modelos?|versión|región|país|países|tienda|fábrica|planta|centro)\b`,
  months: { enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12 },
  monthOnly: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre'],
  weekdays: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
  relativeDays: String.raw`\b(?:(?<!\b(?:esta|la|por la|de la|cada|una|toda la) )mañana|pasado mañana|esta noche|en (?:un|dos|tres|\d+) (?:días?|horas?))\b`,
  numberWords: { once: 11, doce: 12, quince: 15, treinta: 30, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, veinte: 20, cien: 100, mil: 1000 },
  decimal: ',',
};
