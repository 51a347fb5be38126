/** Portuguese: a small hand-written list (our own, 2026-11), Brazilian and European usage. */
import type { PackSource } from '../pack.ts';

export const pt: PackSource = {
  lang: 'pt',
  words: {
    bom: 2, boa: 2, bons: 2, boas: 2, ótimo: 3, ótima: 3, otimo: 3, otima: 3, excelente: 3.2, perfeito: 3,
    perfeita: 3, maravilhoso: 3.2, maravilhosa: 3.2, incrível: 2.8, incrivel: 2.8, lindo: 2.8, linda: 2.8,
    bonito: 2.2, bonita: 2.2, adorei: 3, amei: 3, amo: 2.8, gostei: 2, feliz: 2.8, felizes: 2.8, satisfeito: 2.3,
    satisfeita: 2.3, recomendo: 2.2, obrigado: 1.6, obrigada: 1.6, rápido: 1, rapido: 1, top: 2.5, show: 2,
    legal: 2, sensacional: 3, fantástico: 3.2, útil: 1.8, confortável: 1.8, parabéns: 2.5, amor: 2.5,
    melhor: 2, orgulho: 2.3, alegria: 2.8, sucesso: 2.5, qualidade: 0.5, bem: 1.2, gosto: 1,
    ruim: -2.5, ruins: -2.5, péssimo: -3.2, péssima: -3.2, pessimo: -3.2, pessima: -3.2, horrível: -3,
    horrivel: -3, terrível: -3, lixo: -3, merda: -3.2, porcaria: -3, decepção: -2.8, decepcao: -2.8,
    decepcionado: -2.5, decepcionada: -2.5, decepcionante: -2.5, pior: -3, vergonha: -2.5, vergonhoso: -3,
    triste: -2, raiva: -2.5, odeio: -3, ódio: -3, inútil: -2.5, problema: -1.5, problemas: -1.5, defeito: -2,
    caro: -1, lento: -1.2, absurdo: -2.5, ridículo: -2.2, insatisfeito: -2.5, chateado: -2.2, chateada: -2.2,
    irritado: -2.5, fraco: -1.5, mal: -2, mau: -2.5, má: -2.5, droga: -2.5, desastre: -3, lamentável: -2.8,
    medo: -2, culpa: -1.5, mentira: -2.5, mentiras: -2.5, ladrão: -3, ladrões: -3, vergonhosa: -3,
    palhaçada: -2.8, saco: -1.5, chato: -2, chata: -2, nojo: -3, nojento: -3, cansado: -1.5, crise: -2,
  },
  stems: { decepcion: -2.5, maravilhos: 3.2, horrív: -3, péssim: -3.2, vergonhos: -3 },
  negators: ['não', 'nao', 'nunca', 'jamais', 'nem', 'nada', 'ninguém', 'nenhum', 'nenhuma', 'sem'],
  boosters: ['muito', 'muita', 'super', 'extremamente', 'totalmente', 'completamente', 'realmente', 'tão', 'demais', 'bastante', 'absolutamente', 'mega'],
  dampeners: ['pouco', 'meio', 'ligeiramente'],
  contrast: ['mas', 'porém', 'porem', 'entretanto', 'contudo', 'todavia'],
  phrases: [
    [
      'damaged',
      -2.5,
      [
        'não (?:\\p{L}+ )?(?:funciona|funcionou|liga|ligou|carrega|serve)', 'parou de funcionar', 'quebrou', 'veio (?:quebrad[oa]|danificad[oa]|com defeito|aberto)',
        'com defeito', 'defeituos[oa]', 'estragad[oa]', 'qualidade (?:ruim|péssima|pessima|horrível)',
      ],
    ],
    ['damaged', -2, ['quebrad[oa]s?', 'danificad[oa]s?', 'riscad[oa]'], { negatable: true }],
    [
      'delivery',
      -2.5,
      [
        '(?:ainda )?não (?:chegou|recebi|foi entregue)', 'nunca (?:chegou|recebi)', 'pedido (?:não chegou|extraviado|perdido)', 'extraviad[oa]',
        'entrega atrasada', 'atrasad[oa]', 'atraso', 'ainda esperando', 'produto errado', 'tamanho errado', 'cor errada', 'faltando (?:peças|partes)',
      ],
    ],
    ['refund', -1.2, ['reembolso', 'estorno', 'devolução', 'devolucao', 'devolver', 'devolvi', '(?:meu )?dinheiro de volta']],
    [
      'safety',
      -3,
      ['pegou fogo', 'incêndio', 'queimou', 'queimad[oa]', 'superaquec\\p{L}*', 'fumaça', 'explodiu', 'perigos[oa]', 'choque elétrico', 'faíscas', 'derreteu', 'reação alérgica', 'tóxico', 'mofo'],
    ],
    ['account', -2, ['conta (?:bloqueada|hackeada|suspensa|invadida)', 'não consigo (?:entrar|acessar|logar)', 'cobrança (?:indevida|duplicada)', 'cobrad[oa] duas vezes', 'cobraram duas vezes']],
    ['account', 0, ['conta', 'senha', 'assinatura']],
    ['service', -2.2, ['sem resposta', 'não (?:me )?(?:respondem|responderam|atendem)', 'ninguém (?:responde|atende|resolve)', 'descaso', 'mal atendid[oa]']],
    ['service', 0, ['atendimento', 'sac', 'suporte']],
    ['counterfeit', -3, ['falsificad[oa]', 'réplica', 'imitação', 'não é original', 'golpe', 'golpista', 'fraude', 'enganad[oa]']],
    ['counterfeit', -2.5, ['fals[oa]s?'], { negatable: true }],
    [null, -3, ['não recomendo', 'não (?:comprem|compre)', 'dinheiro jogado fora', 'perda de dinheiro', 'nunca mais', '(?:uma|1) estrelas?', 'arrependid[oa]', 'não vale a pena']],
    [null, -1.5, ['(?:muito )?(?:pequen|grand|curt|apertad)[oa]s? demais', 'menor do que (?:o )?(?:esperado|anunciado)']],
    [null, 2.5, ['super recomendo', 'vale (?:muito )?a pena', '(?:cinco|5) estrelas', 'funciona (?:perfeitamente|muito bem|bem)', 'sem problemas', 'chegou (?:rápido|antes do prazo|no prazo)']],
  ],
};
