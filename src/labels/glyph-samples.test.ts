import { describe, expect, it } from 'vitest';
import { glyphSamples } from './glyph-samples.ts';
import { LABEL_STYLES } from './label-style.ts';

describe('glyphSamples', () => {
  it('gives one sample per style and size, holding each character once', () => {
    const samples = glyphSamples([
      { text: 'Paris', style: LABEL_STYLES.story, size: 13 },
      { text: 'Raqqa', style: LABEL_STYLES.story, size: 13 },
      { text: 'Paris', style: LABEL_STYLES.story, size: 16 },
    ]);
    expect(samples).toEqual([
      { text: 'ParisRq', style: LABEL_STYLES.story, size: 13 },
      { text: 'Paris', style: LABEL_STYLES.story, size: 16 },
    ]);
  });

  it('sets a country in capitals, as it is drawn, and leaves out line breaks', () => {
    const samples = glyphSamples([
      { text: 'Syria', style: LABEL_STYLES.country, size: 12 },
      { text: 'Paris\nBataclan', style: LABEL_STYLES.focus, size: 15 },
    ]);
    expect(samples.map((s) => s.text)).toEqual(['SYRIA', 'ParisBtcln']);
  });

  it('gives nothing for nothing', () => {
    expect(glyphSamples([])).toEqual([]);
  });
});
