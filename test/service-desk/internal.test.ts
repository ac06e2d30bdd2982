import { describe, expect, it } from 'vitest';
import { samePerson } from '../../src/service-desk/internal.js';

describe('samePerson', () => {
  it('matches names and addresses ignoring case', () => {
    expect(samePerson('Wes Watcher', 'WES watcher')).toBe(true);
    expect(samePerson('Wes Watcher', 'Wes Walker')).toBe(false);
  });

  it('ignores spaces around either name', () => {
    expect(samePerson('  Wes Watcher ', 'wes watcher')).toBe(true);
    expect(samePerson('wes watcher', ' Wes Watcher  ')).toBe(true);
  });
});
