import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scoreEsis, scoreSwemwbs } from '../src/index.js';

/** The conversion table exactly as DOMAIN.md prints it (raw → metric). */
const PUBLISHED: Record<number, number> = {
  7: 7.0, 8: 9.51, 9: 11.25, 10: 12.4, 11: 13.33, 12: 14.08, 13: 14.75, 14: 15.32, 15: 15.84,
  16: 16.36, 17: 16.88, 18: 17.43, 19: 17.98, 20: 18.59, 21: 19.25, 22: 19.98, 23: 20.73,
  24: 21.54, 25: 22.35, 26: 23.21, 27: 24.11, 28: 25.03, 29: 26.02, 30: 27.03, 31: 28.13,
  32: 29.31, 33: 30.7, 34: 32.55, 35: 35.0,
};

/** Seven answers 1–5 that sum to `raw`, spread as evenly as possible. */
function answersSumming(raw: number): number[] {
  const answers = Array.from({ length: 7 }, () => 1);
  let left = raw - 7;
  for (let i = 0; left > 0; i = (i + 1) % 7) {
    if (answers[i]! < 5) {
      answers[i]! += 1;
      left -= 1;
    }
  }
  return answers;
}

describe('scoreSwemwbs', () => {
  for (const [raw, metric] of Object.entries(PUBLISHED)) {
    it(`raw ${raw} → metric ${metric.toFixed(2)}`, () => {
      assert.deepEqual(scoreSwemwbs(answersSumming(Number(raw))), { raw: Number(raw), metric });
    });
  }

  it('gives the same score for answers keyed by item id', () => {
    const record = { optimistic: 4, useful: 3, relaxed: 2, problems: 4, thinking: 5, close: 3, decisions: 4 };
    assert.deepEqual(scoreSwemwbs(record), { raw: 25, metric: 22.35 });
  });

  it('gives no score until all seven items are answered', () => {
    assert.equal(scoreSwemwbs([]), null);
    assert.equal(scoreSwemwbs([3, 3, 3, 3, 3, 3]), null);
    assert.equal(scoreSwemwbs([3, 3, 3, null, 3, 3, 3]), null);
    assert.equal(scoreSwemwbs([3, 3, 3, undefined, 3, 3, 3]), null);
    assert.equal(scoreSwemwbs({ a: 1, b: 2 }), null);
  });

  it('gives no score for answers outside 1–5, fractions or extra items', () => {
    assert.equal(scoreSwemwbs([0, 3, 3, 3, 3, 3, 3]), null);
    assert.equal(scoreSwemwbs([6, 3, 3, 3, 3, 3, 3]), null);
    assert.equal(scoreSwemwbs([2.5, 3, 3, 3, 3, 3, 3]), null);
    assert.equal(scoreSwemwbs([3, 3, 3, 3, 3, 3, 3, 3]), null);
  });

  it('reproduces the pilot report raw sums (start 18–30, end 27–35)', () => {
    assert.equal(scoreSwemwbs(answersSumming(18))?.metric, 17.43);
    assert.equal(scoreSwemwbs(answersSumming(30))?.metric, 27.03);
    assert.equal(scoreSwemwbs(answersSumming(27))?.metric, 24.11);
  });
});

describe('scoreEsis', () => {
  const ten = (value: number) => Array.from({ length: 10 }, () => value);

  it('maps the lowest answers to 0 and the highest to 100', () => {
    assert.deepEqual(scoreEsis(ten(1)), { raw: 10, metric: 0 });
    assert.deepEqual(scoreEsis(ten(5)), { raw: 50, metric: 100 });
  });

  it('maps the middle of the scale to 50 and steps by 2.5 per point', () => {
    assert.deepEqual(scoreEsis(ten(3)), { raw: 30, metric: 50 });
    assert.deepEqual(scoreEsis([2, 1, 1, 1, 1, 1, 1, 1, 1, 1]), { raw: 11, metric: 2.5 });
    assert.deepEqual(scoreEsis([4, 5, 5, 5, 5, 5, 5, 5, 5, 5]), { raw: 49, metric: 97.5 });
  });

  it('gives no score until all ten statements are answered within 1–5', () => {
    assert.equal(scoreEsis(ten(3).slice(0, 9)), null);
    assert.equal(scoreEsis([...ten(3).slice(0, 9), 0]), null);
    assert.equal(scoreEsis([...ten(3).slice(0, 9), 6]), null);
    assert.equal(scoreEsis([...ten(3).slice(0, 9), null]), null);
  });
});
