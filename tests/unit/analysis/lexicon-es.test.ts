import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../lib/analysis/index.ts';

// Our own sentences (written for this test, not taken from any data set) for the general
// vocabulary added to the Spanish pack on 2026-11-23: Spain and Latin American insults, anger and
// fed-up slang, complaint verbs (stems), politics, review complaints, idioms, praise, and the
// machine translation's false friends that must stay neutral.
type Label = 'negative' | 'neutral' | 'positive';

describe('Spanish general social-media vocabulary', () => {
  test.each<[phenomenon: string, text: string, label: Label]>([
    ['insults cretino/tarado', 'Este tipo es un cretino y un tarado', 'negative'],
    ['plural onto the listed singular (malparidos)', 'Qué gentuza, son unos malparidos', 'negative'],
    ['Mexican anger: encabronado', 'Estoy encabronado con la aerolínea', 'negative'],
    ['Spain: bodrio/truño', 'Menudo bodrio de película, un truño', 'negative'],
    ['stem humill (humilla)', 'El gobierno nos humilla cada día', 'negative'],
    ['stem engañ (engañaron)', 'Nos engañaron con la tarifa', 'negative'],
    ['stems agobi/cabreo', 'Otra vez la red falla, qué cabreo, me agobia', 'negative'],
    ['politics: chanchullo/nepotismo', 'Lo de la corrupción es puro chanchullo y nepotismo', 'negative'],
    ['politics: impunidad/tirano', 'Impunidad total para el tirano', 'negative'],
    ['sadness: bajón/desmotivado', 'Qué bajón, me siento desmotivado', 'negative'],
    ['fear: aterrado', 'Estoy aterrado por los resultados', 'negative'],
    ['review: oxidado/descosida', 'El cargador llegó oxidado y la funda descosida', 'negative'],
    ['review: destiñe/encogió', 'La camisa destiñe y encogió al lavarla', 'negative'],
    ['review: carísimo/endeble/baratija', 'Carísimo y endeble, una baratija', 'negative'],
    ['sigh and weariness: pff/pereza', 'Pff, qué pereza de lunes', 'negative'],
    ['idiom de mal en peor', 'Esto va de mal en peor', 'negative'],
    ['idiom hasta la coronilla', 'Me tiene hasta la coronilla este vecino', 'negative'],
    ['idiom me vale madre', 'Me vale madre lo que digan', 'negative'],
    ['idiom deja mucho que desear', 'Deja mucho que desear', 'negative'],
    ['review idiom: not as described', 'No corresponde con la descripción', 'negative'],
    ['negated praise: nada emocionante', 'El concierto no fue nada emocionante', 'negative'],
    ['praise impecable/amable', 'El hotel es impecable, el personal muy amable', 'positive'],
    ['praise riquísima/bacán', 'La comida estuvo riquísima, un lugar bacán', 'positive'],
    ['praise golazo/campeones', 'Qué golazo, somos campeones', 'positive'],
    ['"de puta madre" is praise in Spain', 'La fiesta estuvo de puta madre', 'positive'],
    ['crying with laughter is laughter', 'Estoy llorando de risa con este video', 'positive'],
    // Machine-translation false friends: AFINN's slur became the colour "negro" (and "negra"),
    // "only", "ready" and "shower" became "solo", "listo", "ducha"; shop words stay neutral.
    ['"negra" is a colour', 'Me compré una camiseta negra para el concierto', 'neutral'],
    ['"solo"/"listo" are "only"/"ready"', 'Solo quedan dos días y ya está listo el equipaje', 'neutral'],
    ['shop words descuento/cobrar', 'Aplican un descuento al cobrar el pedido', 'neutral'],
    ['"ducha" is a shower', 'Después de correr me doy una ducha', 'neutral'],
  ])('%s: %s', (_phenomenon, text, label) => {
    expect(analyzeText({ text, langHint: 'es' }).sentiment.label).toBe(label);
  });
});
