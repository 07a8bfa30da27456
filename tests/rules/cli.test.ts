// The contract's command line, run as other programs run it.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/paths.js';

function run(args: string[], input?: string) {
  const result = spawnSync('npm', ['run', '-s', 'rules', '--', ...args], { cwd: PROJECT_ROOT, input, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.replace(/^npm warn.*\n/gm, '').trimEnd() };
}

describe('npm run -s rules -- evaluate', () => {
  it.each([
    ['not JSON', '{"today": ', /^invalid JSON: /],
    ['an unknown key', '{"name": "Dupont"}', /^invalid facts: name: unknown key$/],
    ['an impossible date', '{"currentCni": {"expiry": "2023-02-29"}}', /^invalid facts: currentCni\.expiry: not a real date/],
    ['a birth date after today', '{"today": "2026-06-15", "birthDate": "2026-06-16"}', /^invalid facts: birthDate: is after today/],
    ['a wrong type', '{"titles": "cni"}', /^invalid facts: titles: expected array$/],
    ['null', 'null', /^invalid facts: \(racine\): expected object$/],
    ['a production delay over 180 days', '{"productionDelayDays": 181}', /^invalid facts: productionDelayDays: must be at most 180$/],
    [
      'a production delay that is not whole',
      '{"productionDelayDays": 2.5}',
      /^invalid facts: productionDelayDays: expected a whole number$/,
    ],
    [
      'a territory the contract does not know',
      '{"territory": "reunion"}',
      /^invalid facts: territory: must be one of "general", "drom", "guyane", "mayotte"$/,
    ],
    [
      "a spouse's usage name for a minor",
      '{"today": "2026-06-15", "birthDate": "2008-06-16", "usageName": "spouse"}',
      /^invalid facts: usageName: a minor's usage name can only be the other parent's, never a spouse's$/,
    ],
  ])('refuses %s: one line on stderr, nothing on stdout, exit 2', (_, input, message) => {
    const { status, stdout, stderr } = run(['evaluate', '-'], input);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\bat .*:\d+:\d+/);
  });

  it('names a file it cannot read', () => {
    const { status, stderr } = run(['evaluate', 'no-such-file.json']);
    expect(status).toBe(2);
    expect(stderr).toMatch(/^cannot read no-such-file\.json: ENOENT/);
  });

  it('explains its usage', () => {
    const { status, stderr } = run(['judge', '-']);
    expect(status).toBe(2);
    expect(stderr).toMatch(/^usage: /);
  });

  it('answers partial facts with the next questions and exit 0, today defaulting to the current date', () => {
    const { status, stdout } = run(['evaluate', '-'], '{"titles": ["passport"], "territory": "general"}');
    expect(status).toBe(0);
    const evaluation = JSON.parse(stdout);
    expect(evaluation.complete).toBe(false);
    expect(evaluation.questions).toEqual(['birthDate', 'currentPassport.status', 'preApplication', 'residence', 'usageName']);
  });
});
