import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../lib/analysis/index.ts';

// Our own review sentences (not from any data set): product faults and service failures told as
// events, with no sentiment word, which the English phrase layer must still read as complaints.
type Row = [text: string, label: 'negative' | 'neutral' | 'positive', category: string | null];

describe('product faults without sentiment words', () => {
  test.each<Row>([
    ['After two weeks the speaker started flickering and beeping at night', 'negative', 'damaged'],
    ['The blender no longer turns on', 'negative', 'damaged'],
    ['My laptop will not recognize the charger', 'negative', 'damaged'],
    ['The app froze twice during checkout', 'negative', 'damaged'],
    ['Out of the box there was no sound at all', 'negative', 'damaged'],
    ['We had problems pairing it from day one', 'negative', 'damaged'],
    ['I called support all week and always got a busy signal', 'negative', 'service'],
    ['Three weeks without a reply from the seller', 'negative', 'service'],
    ['Took two months to get it replaced', 'negative', 'refund'],
    ['It was supposed to arrive on Friday', 'negative', null],
    ['I guess you get what you pay for', 'negative', null],
    ['Thumbs down on the new firmware', 'negative', null],
    ['A backlit keyboard would have been nice', 'negative', null],
    ['The case could be better designed', 'negative', null],
    ['The speaker is not as loud as I expected', 'negative', null],
    ['It locks up after every update', 'negative', 'damaged'],
    ['The printer will not install on my laptop', 'negative', 'damaged'],
    ["I got fed up and it's going back", 'negative', 'refund'],
    // A wish or hope about the product is an unmet expectation.
    ['I wish it had a longer cable', 'negative', null],
    ['I had hoped it would last more than a winter', 'negative', null],
    // Negated, the fault phrase is no complaint.
    ['I have not had problems with it in a year', 'neutral', null],
    // Plain statements stay neutral.
    ['The charger plugs into the side of the base', 'neutral', null],
  ])('%s', (text, label, category) => {
    const a = analyzeText({ text, langHint: 'en' });
    expect(a.sentiment.label).toBe(label);
    if (category) expect(a.complaint?.categories).toContain(category);
  });
});

describe('fault words under a negator, praise said with one', () => {
  test.each<Row>([
    ['Nothing has broken on it in two years', 'neutral', null],
    ['The lid is not cracked and there are no leaks', 'neutral', null],
    ['The lid arrived cracked', 'negative', 'damaged'],
    ["It doesn't get any better than this blender", 'positive', null],
    ['I cannot say enough good things about their support', 'positive', null],
    ["You can't go wrong with this kettle", 'positive', null],
    // Failing to get something done, a feature it lacks; but lacking problems is no complaint.
    ['I did not manage to make the app pair with it', 'negative', null],
    ['Unable to connect it to the hotel wifi', 'negative', null],
    ['It does not have a timer', 'negative', null],
    ["It doesn't have any problems", 'positive', null],
    ['Wow... this thing is trash', 'negative', null],
    ['After a month the headphone jack went out', 'negative', 'damaged'],
    ['The hinge snapped on day three', 'negative', 'damaged'],
    ['The kettle has no lid lock', 'negative', null],
    ['The kettle has no problems at all', 'positive', null],
    ['A complete piece of sh*** for the price', 'negative', null],
    ['What kind of company sells this', 'negative', null],
    ['The blender was sent back today', 'negative', 'refund'],
  ])('%s', (text, label, category) => {
    const a = analyzeText({ text, langHint: 'en' });
    expect(a.sentiment.label).toBe(label);
    expect(a.complaint?.categories[0] ?? null).toBe(category);
  });
});
