import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../lib/analysis/index.ts';

// Our own sentences (written for this test, not taken from any data set) for the general
// vocabulary added to the Portuguese pack on 2026-11-23: Brazilian and European insults, fed-up
// and "screwed" slang, complaint verbs (stems), news and review words, idioms, praise, and
// words that only look negative.
type Label = 'negative' | 'neutral' | 'positive';

describe('Portuguese general social-media vocabulary', () => {
  test.each<[phenomenon: string, text: string, label: Label]>([
    ['insults trouxa/escroto', 'esse cara é um trouxa escroto', 'negative'],
    ['abbreviated curse vtnc', 'vtnc com essa conversa', 'negative'],
    ['"screwed" fodeu', 'fodeu, perdi o ônibus de novo', 'negative'],
    ['gave up: cansei/desisto', 'cansei, desisto dessa faculdade', 'negative'],
    ['slang ranço', 'peguei ranço desse programa', 'negative'],
    ['English loan "na bad"', 'hoje tô na bad', 'negative'],
    ['stem reclam (reclamando)', 'passei o dia reclamando do trânsito', 'negative'],
    ['stem xinga (xingaram)', 'me xingaram na rua', 'negative'],
    ['stem desesper (desesperador)', 'a situação no hospital é desesperadora', 'negative'],
    ['news: tiroteio', 'tiroteio no centro da cidade hoje cedo', 'negative'],
    ['politics: genocida', 'governo genocida', 'negative'],
    ['politics: impunidade', 'a impunidade continua no país', 'negative'],
    ['review: pifou', 'o carregador pifou em dois dias', 'negative'],
    ['review: fajuto', 'esse fone é fajuto demais', 'negative'],
    ['Portugal: parvo/aldrabão', 'que parvo, é um aldrabão', 'negative'],
    ['idiom sem vergonha ("sem" is a negator)', 'político sem vergonha', 'negative'],
    ['idiom enche o saco', 'esse vizinho enche o saco todo dia', 'negative'],
    ['idiom ninguém merece', 'segunda-feira de novo, ninguém merece', 'negative'],
    ['idiom deixa a desejar', 'o atendimento deixa muito a desejar', 'negative'],
    ['idiom estou farto (Portugal)', 'estou farto desta chuva', 'negative'],
    ['idiom que pena', 'que pena que o show foi cancelado', 'negative'],
    ['"n" for "não" in a complaint', 'n aguento mais esse calor', 'negative'],
    ['negated praise', 'o filme não é nada emocionante', 'negative'],
    ['contrast: praise then blame', 'a capa é bacana, mas o livro é uma enrolação', 'negative'],
    ['praise daora/maneiro', 'o show foi daora, muito maneiro', 'positive'],
    ['praise arrasou', 'ela arrasou na apresentação', 'positive'],
    ['praise impecável', 'acabamento impecável e cheiroso', 'positive'],
    ['praise show de bola', 'o app é show de bola', 'positive'],
    ['laughing to tears is laughter', 'chorando de rir com esse vídeo kkkkk', 'positive'],
    // Words that look negative but are not: "no" and "sob" are "in the" and "under" (English
    // VADER rates "no" and "sob"), "farto" is "plentiful" in Brazil, "briga" is the title race.
    ['"no"/"sob" are not English', 'fiquei no trabalho sob o sol', 'neutral'],
    ['farto = plentiful', 'café da manhã farto no hotel', 'neutral'],
    ['briga pelo título', 'o time está na briga pelo título', 'neutral'],
    ['pô is a filler', 'pô, amanhã tem jogo às nove', 'neutral'],
  ])('%s: %s', (_phenomenon, text, label) => {
    expect(analyzeText({ text, langHint: 'pt' }).sentiment.label).toBe(label);
  });
});
