/**
 * Portuguese (Brazil and Portugal). Accents are optional in the text ("nao" and "não" both negate).
 */
import type { LangTable } from './types.ts';

export const pt: LangTable = {
  contrast: String.raw`\b(?:mas|porém|contudo|entretanto|todavia|e sim)\b`,
  negBefore: String.raw`\b(?:não|nunca|jamais|nem|nenhuma?|sem|ninguém|nada)\b`,
  liability: [
    String.raw`\b(?:culpa|erro|falha|negligência|vacilo|mancada|deslize|descuido)(?<!\bse [^.!?,]{0,30}) (?:\p{L}+ )?(?:nossa|nosso|minha|meu|da nossa parte|de nossa parte)\b`,
    String.raw`\b(?:nossa|minha) (?:culpa|negligência|falha)\b`,
    String.raw`\b(?:a )?(?:culpa|falha|responsabilidade) (?:é|foi|era) (?:\p{L}+ ){0,2}(?:nossa|minha)\b`,
    String.raw`\b(?:a gente|nós) (?:\p{L}+ )?(?:errou|erramos|vacil(?:ou|amos)|falhou|falhamos|pisou na bola|pisamos na bola)\b`,
    String.raw`\b(?:deixamos|deixei) a desejar\b`,
    String.raw`\b(?:assumimos|aceitamos|reconhecemos|admitimos|assumo|reconheço) (?:\p{L}+ ){0,3}(?:responsabilidade|culpa|erros?|falha)\b`,
    String.raw`\b(?:somos|fomos|sou|fui) (?:\p{L}+ ){0,2}(?:responsáveis|culpados|negligentes|os culpados|os responsáveis)\b`,
    String.raw`\bpassou batido\b|\b(?:nos|me) escap(?:ou|aram)\b|\b(?:erramos|errei|pisamos na bola|vacilamos|falhamos com você|(?:fizemos|fez|fiz) (?:uma )?(?:besteira|bobagem|lambança)|cometemos (?:um |uns |alguns )?(?:\p{L}+ )?erros?)\b`,
    String.raw`\bnegligen(?:tes|te|cia)\b`,
    { re: String.raw`\bnão (?:fizemos(?: um)?) (?:bom trabalho|direito|o suficiente|nossa parte)\b|\bnão estivemos à altura\b|\bnão (?:conferimos|verificamos|testamos|checamos|revisamos) (?:\p{L}+ ){0,2}(?:direito|bem|com cuidado)\b|\b(?:deveríamos|devíamos|tínhamos que) ter (?:\p{L}+ )?(?:percebido|verificado|testado|avisado|detectado|barrado|notado|recolhido)\b`, polar: true },
    String.raw`\bculpa(?: \p{L}+){0,3},? (?:é|e sim|mas sim) (?:nossa|minha)\b`,
    String.raw`\b(?:noss(?:o|a|os|as)) (?:produtos?|carregador(?:es)?|baterias?|aparelho|sistema|armazém|equipe)(?: \p{L}+){0,3} (?:causou|causaram|provoc(?:ou|aram)|danific(?:ou|aram))\b`,
  ],
  speculation: [
    String.raw`\b(?:provavelmente|talvez|possivelmente|aparentemente|supostamente|presumivelmente|quem sabe|certamente|ao que parece|pelo visto|segundo parece)\b`,
    String.raw`\bpelo que (?:sabemos|vimos|parece)\b`,
    String.raw`\b(?:acreditamos|achamos|pensamos|supomos|suspeitamos|imaginamos|acredito|acho|suponho|creio) (?:que)\b`,
    String.raw`\b(?:parece(?:ria)?) (?:que|ser)\b`,
    String.raw`\b(?:é|o mais) (?:\p{L}+ )?(?:possível|provável)(?: é)? que\b`,
    String.raw`\b(?:deve(?:m|ria|riam)?|pode(?:m|ria|riam)?) (?:ter sido|ser resolvid\p{L}*|estar resolvid\p{L}*|ser corrigid\p{L}*|ser consertad\p{L}*|voltar|chegar|ter|ser um|ser uma|ser de|ser do|ser da|explodir|estar)\b(?! a (?:gentileza|bondade)\b)`,
    String.raw`\b(?:ao que )?tudo indica\b`,
    String.raw`\btomara que\b`,
  ],
  absolute: [
    // Not the availability formulas: "sempre à disposição", "sempre aqui para ajudar".
    String.raw`\b(?:sempre|nunca|jamais|garant(?:ido|ida|idos|imos|o)|absolutamente|com certeza|sem falta|sem dúvida|de jeito nenhum|em hipótese alguma|impossível)\b(?! [àa] (?:sua |tua )?disposição| aqui para| prontos| felizes| disponíveis?\b| hesite\b)`,
    { re: String.raw`\b(?:não )?(?:vai|voltará a|irá) (?:acontecer|ocorrer) (?:de novo|novamente)\b|\bnunca mais\b`, polar: true },
    String.raw`(?:\b100 ?%|\bcem por cento)`,
    { re: String.raw`\b(?:nenhum|zero|sem) (?:\p{L}+ )?(?:risco|perigo)\b`, polar: true },
  ],
  nonApology: [
    String.raw`\b(?:se|que) (?:você|vc|o senhor|a senhora|vocês) (?:\p{L}+ )?(?:se sentiu|se sinta|se sente|tenha se sentido|ficou ofendid[oa]|se ofendeu|tenha ficado|veja assim|pense assim|enxergue assim|tenha (?:interpretado|entendido|encarado|levado) (?:assim|dessa forma|mal)|se sentiram|se sintam)\b`,
    String.raw`\bse alguém (?:\p{L}+ )?(?:se sentiu|ficou) (?:\p{L}+ )?(?:ofendid[oa]|incomodad[oa])\b`,
    // A conditional about our own words: "desculpe se nossa mensagem causou confusão".
    String.raw`\b(?:lamentamos|desculpe|desculpas?|sentimos muito)\b[^.!?]{0,20}\bse (?:a nossa|o nosso|noss(?:a|o|as|os)|esta|este|essa|esse|minha|meu)\b(?: \p{L}+){0,2} (?:mensage(?:m|ns)|publicação|post|tweet|comentário|resposta|comunicado|tom|anúncio|campanha)\b`,
  ],
  claims: [
    { re: String.raw`\b(?:resolvid(?:o|a|os)|solucionad[oa]|superado|sob controle|normalizad[oa]|tudo normalizado|voltou ao normal|de volta ao normal)\b`, level: 'resolved' },
    { re: String.raw`\b(?:corrigido|corrigida|consertado|consertada|reparado|reparada|restabelecido|sanad[oa]s?)\b`, level: 'fixed' },
    // Other words for done: "tudo certo", "voltou a funcionar", "já passou".
    { re: String.raw`\b(?:tudo certo|está tudo bem|já passou|(?:voltou|voltaram) a funcionar|(?:funciona(?:m|ndo)?) (?:de novo|novamente|normalmente)|(?:é|são) coisa do passado)\b`, level: 'resolved' },
    { re: String.raw`\b(?:é|são|está|estão|continua|continuam|totalmente|completamente|100 ?%) (?:\p{L}+ ){0,2}(?:seguro|segura|seguros|seguras|sem perigo|fora de perigo|inofensivos?)\b`, level: 'safe' },
    { re: String.raw`\b(?:nenhum|zero|sem) (?:\p{L}+ )?(?:risco|perigo)\b`, level: 'safe', polar: true },
    // "pode continuar usando", "não há motivo para se preocupar".
    { re: String.raw`\bcontinuar (?:usando|utilizando|carregando|a usar|a utilizar|a carregar)\b`, level: 'safe' },
    { re: String.raw`\b(?:nada com que|não há (?:motivo|razão|porque|por que) (?:para )?)se preocupar\b`, level: 'safe', polar: true },
  ],
  notClaim: String.raw`\b(?:até que|quando|assim que|logo que|uma vez|se|antes que|depois que|será|serão|estará|vai ser|vão ser|deve(?: ser| estar|ria)|poderia|esperamos|em breve|trabalhando para|para que)\b`,
  promises: [
    { kind: 'refund', re: String.raw`\b(?:reembols\p{L}*|estorn\p{L}*|devolv\p{L}* (?:\p{L}+ ){0,2}(?:valor|dinheiro)|devolução do (?:valor|dinheiro))\b` },
    { kind: 'replacement', re: String.raw`\b(?:substitu\p{L}*|trocar (?:o|a|seu|sua) (?:\p{L}+ )?(?:aparelho|produto|carregador|bateria|unidade)|troca gratuita|novo aparelho|nova unidade|trocamos|trocaremos)\b` },
    { kind: 'compensation', re: String.raw`\b(?:indeniz\p{L}*|compens\p{L}*|ressarc\p{L}*|cobrimos os custos|arcamos com (?:os custos|as despesas)|(?:fica(?:m|rá)?|vai ficar|é|será) por (?:nossa conta|conta da casa))\b` },
    { kind: 'voucher', re: String.raw`\b(?:cupom|cupons|cupão|vale-presente|vale presente|vale-compra|vale compra|código de desconto|descontos?|cashback|frete grátis|crédito (?:de (?:\S+ )?\d+ )?na sua conta)\b` },
    { kind: 'repair', re: String.raw`\b(?:conserto gratuito|reparo gratuito|consertaremos|consertamos (?:o|seu)|repararemos)\b` },
    { kind: 'compensation', re: String.raw`\b(?:brinde|presente|de presente|mimo)\b`, generic: true },
  ],
  deadlines: [
    String.raw`\b(?:até|antes d[eao]|no máximo|dentro de|em até|nas próximas|nos próximos)\s+(?:o fim d[ao]\s+|a próxima\s+|o próximo\s+)?(?:segunda|terça|quarta|quinta|sexta|sábado|domingo|fim de semana|semana|amanhã|hoje|(?:\d+|dois|duas|três|quatro|cinco|sete|dez)\s*(?:horas|dias|dias úteis|semanas))(?:-feira)?\b`,
    String.raw`\b(?:até|antes de)\s+\d{1,2}\s+de\s+(?:janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)\b`,
    String.raw`\b(?:amanhã|ainda hoje|hoje mesmo|no máximo)\b`,
  ],
  update: String.raw`\b(?:atualização|atualizações|próxima informação|novidades|informaremos|manteremos (?:vocês?) informad)\b`,
  reviewRequests: [
    String.raw`\b(?:alter|mud|remov|apag|exclu|edit|atualiz|revej|rev|melhor|retir)\p{L}*(?: \p{L}+){0,2} (?:sua|a sua|seu|a|o) ?(?:\p{L}+ )?(?:avaliaç(?:ão|ões)|review|resenha|nota|comentário)\b`,
    String.raw`\b(?:avaliação|nota|review|resenha)\b(?: \p{L}+){0,2} (?:positiva|para (?:\d|cinco) estrelas|de (?:\d|cinco) estrelas|melhor)\b`,
    String.raw`\b(?:\d|cinco) estrelas\b`,
  ],
  yourOrder: String.raw`\b(?:seu|sua|o seu|a sua|teu|tua) (?:\p{L}+ )?(?:pedido|pacote|encomenda|compra|reembolso|devolução)\b`,
  genericUnits: String.raw`(?:unidades|unidade|aparelhos?|produtos?|dispositivos?|peças|baterias|bateria|carregadores?)`,
  scopeNouns: String.raw`\b(?:armazém|armazéns|centro de distribuição|lotes?|modelos?|versão|região|país|países|loja|fábrica|unidade fabril)\b`,
  months: { janeiro: 1, fevereiro: 2, março: 3, abril: 4, maio: 5, junho: 6, julho: 7, agosto: 8, setembro: 9, outubro: 10, novembro: 11, dezembro: 12 },
  monthOnly: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  weekdays: ['segunda', 'terça', 'quarta', 'quinta', 'sexta', 'sábado', 'domingo'],
  relativeDays: String.raw`\b(?:amanhã|depois de amanhã|hoje à noite|esta noite|em (?:um|dois|duas|três|\d+) (?:dias?|horas?)|daqui a (?:um|dois|duas|três|\d+) (?:dias?|horas?))\b`,
  numberWords: { duas: 2, onze: 11, doze: 12, quinze: 15, trinta: 30, um: 1, dois: 2, três: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10, vinte: 20, cem: 100, mil: 1000 },
  decimal: ',',
};
