/** Spanish: a small hand-written list (our own, 2026-11), Spain and Latin American usage. */
import type { PackSource } from '../pack.ts';

export const es: PackSource = {
  lang: 'es',
  words: {
    bueno: 2, buena: 2, buenos: 2, buenas: 1.2, bien: 1.5, excelente: 3.2, excelentes: 3.2, genial: 3, geniales: 3,
    perfecto: 3, perfecta: 3, maravilloso: 3.2, maravillosa: 3.2, increíble: 2.8, increible: 2.8, fantástico: 3.2,
    fantástica: 3.2, estupendo: 3, estupenda: 3, encanta: 3, encantó: 3, encantado: 2.8, encantada: 2.8,
    gusta: 1.8, gustó: 1.8, feliz: 2.8, felices: 2.8, contento: 2.5, contenta: 2.5, satisfecho: 2.3,
    satisfecha: 2.3, recomiendo: 2.2, recomendable: 2.3, gracias: 1.6, útil: 1.8, bonito: 2.2, bonita: 2.2,
    hermoso: 2.8, hermosa: 2.8, precioso: 2.8, preciosa: 2.8, mejor: 2, amor: 2.5, amo: 2.8, top: 2,
    fenomenal: 3, espectacular: 3, cómodo: 1.8, cómoda: 1.8, práctico: 1.5, rápido: 1, rapido: 1, rápida: 1,
    calidad: 0.5, orgulloso: 2.3, divertido: 2.2, alegría: 2.8, éxito: 2.5, bravo: 2.5, ganas: 1,
    malo: -2.5, mala: -2.5, malos: -2.5, malas: -2.5, mal: -2, pésimo: -3.2, pésima: -3.2, pesimo: -3.2,
    horrible: -3, horribles: -3, terrible: -3, terribles: -3, fatal: -2.8, peor: -2.8, decepción: -2.8,
    decepcion: -2.8, decepcionado: -2.5, decepcionada: -2.5, decepcionante: -2.5, triste: -2, tristeza: -2.2,
    basura: -3, mierda: -3.2, vergüenza: -2.2, vergonzoso: -2.5, asco: -3, asqueroso: -3, odio: -3,
    inútil: -2.8, inutil: -2.8, molesto: -2, molesta: -2, enojado: -2.5, enojada: -2.5, enfadado: -2.5,
    enfadada: -2.5, harto: -2.2, harta: -2.2, lamentable: -2.5, desastre: -3, problema: -1.5, problemas: -1.5,
    error: -1.5, caro: -1, lento: -1.2, lenta: -1.2, falla: -2, fallo: -2, queja: -2, reclamo: -2,
    reclamación: -2, nefasto: -3, cutre: -2, porquería: -3, mediocre: -2, insatisfecho: -2.5, miedo: -2,
    culpa: -1.5, robo: -3, ladrones: -3, indignado: -2.8, indignante: -3, vergonzosa: -2.5, peligro: -2,
    muerte: -2.5, muerto: -2.5, crisis: -2, corrupción: -2.8, corruptos: -2.8, mentira: -2.5, mentiras: -2.5, puta: -3, puto: -3, joder: -2.5, pena: -1.5,
  },
  stems: { decepcion: -2.5, maravillos: 3.2, fantástic: 3.2, horribl: -3, lamentabl: -2.5, vergonzos: -2.5 },
  negators: ['no', 'nunca', 'jamás', 'jamas', 'ni', 'nada', 'nadie', 'ningún', 'ninguno', 'ninguna', 'sin', 'tampoco'],
  boosters: ['muy', 'mucho', 'muchísimo', 'súper', 'super', 'totalmente', 'completamente', 'realmente', 'extremadamente', 'demasiado', 'tan', 'bastante', 'increíblemente', 'absolutamente', 'sumamente', 're'],
  dampeners: ['poco', 'algo', 'apenas', 'ligeramente'],
  contrast: ['pero', 'embargo', 'obstante'],
  phrases: [
    [
      'damaged',
      -2.5,
      [
        'no (?:me )?(?:funciona|funcionaba|funcionó|enciende|carga|sirve|anda)(?: (?:bien|correctamente|nada))?', 'dej[óa] de funcionar',
        'se (?:rompió|rompe|ha roto|estropeó|dañó)', 'lleg[óa] (?:roto|rota|dañado|dañada|golpeado|golpeada|defectuoso|abierto)',
        'defectuos[oa]s?', 'averiad[oa]', '(?:mala|pésima|muy mala) calidad',
      ],
    ],
    ['damaged', -2, ['rot[oa]s?', 'dañad[oa]s?', 'rayad[oa]'], { negatable: true }],
    [
      'delivery',
      -2.5,
      [
        '(?:nunca|no) (?:me )?(?:llegó|ha llegado|llega)', '(?:nunca|no) (?:lo |la )?(?:recibí|he recibido)', 'sin llegar',
        '(?:pedido|paquete|envío) (?:perdido|extraviado|robado)', '(?:llegó|entrega|envío) (?:tarde|con retraso)', 'retraso',
        'sigo esperando', '(?:producto|artículo|talla|color|modelo) equivocad[oa]', 'me (?:enviaron|mandaron) (?:otro|otra)',
        'faltan? (?:piezas|partes|accesorios)', 'dónde está mi (?:pedido|paquete)',
      ],
    ],
    ['refund', -1.2, ['reembolso', 'devolución', 'devolucion', 'devolver(?:lo|la)?', 'devolví', 'me devuelvan (?:el|mi) dinero', 'mi dinero']],
    [
      'safety',
      -3,
      [
        'se incendió', 'incendio', 'se quemó', 'quemadura', 'se sobrecalienta', 'sobrecalentamiento', 'echa humo', 'explotó',
        'peligros[oa]', 'descarga eléctrica', 'chispas', 'se derritió', 'reacción alérgica', 'tóxico', 'moho',
      ],
    ],
    [
      'account',
      -2,
      [
        'cuenta (?:bloqueada|hackeada|suspendida|cerrada)', 'no puedo (?:entrar|acceder|iniciar sesión)', 'cargo no autorizado',
        'cobro (?:doble|duplicado|indebido)', 'me cobraron dos veces',
      ],
    ],
    ['account', 0, ['cuenta', 'contraseña', 'suscripción']],
    ['service', -2.2, ['no (?:me )?(?:responden|contestan|atienden)', 'nadie (?:responde|contesta|me ayuda)', 'sin respuesta', '(?:pésima|mala) atención', 'maleducad[oa]']],
    ['service', 0, ['atención al cliente', 'servicio al cliente', 'servicio técnico', 'soporte']],
    ['counterfeit', -3, ['falsificad[oa]', 'falsificación', 'imitación', 'réplica', 'no es original', 'estafa', 'estafadores', 'timo', 'fraude']],
    ['counterfeit', -2.5, ['fals[oa]s?'], { negatable: true }],
    [
      null,
      -3,
      [
        'no (?:lo |la )?recomiendo', 'no (?:lo |la )?compren', 'no comprar', 'pérdida de dinero', 'tirar el dinero', 'dinero tirado',
        'nunca más', '(?:una|1) estrellas?', 'no me gust[óa]', 'no vale la pena',
      ],
    ],
    [null, -1.5, ['(?:muy |demasiado )(?:pequeñ|grand|cort|larg|estrech)[oa]s?', 'más pequeñ[oa]s? de lo (?:esperado|que)']],
    [null, 2.5, ['(?:lo |la )?recomiendo', 'muy recomendable', '(?:cinco|5) estrellas', 'funciona (?:perfecto|perfectamente|muy bien|bien|de maravilla)', 'sin problemas', 'vale la pena', 'llegó (?:rápido|a tiempo|antes)']],
  ],
};
