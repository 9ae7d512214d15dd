import { ArgumentError } from '../../src/cli/argument-error';
import { parseArgs } from '../../src/cli/parse-args';

describe('parseArgs', () => {
  test('audit with every option, in either spelling', () => {
    expect(parseArgs(['audit', 'a.xlsx', '--format', 'json', '--annotate=out/', 'b.xlsx', '--unit-type=参公事业单位'])).toEqual({
      kind: 'audit',
      files: ['a.xlsx', 'b.xlsx'],
      format: 'json',
      annotate: 'out/',
      unitType: '参公事业单位',
    });
  });

  test('defaults: text, no annotate, no unit type', () => {
    expect(parseArgs(['audit', 'a.xlsx'])).toEqual({ kind: 'audit', files: ['a.xlsx'], format: 'text', annotate: undefined, unitType: undefined });
    expect(parseArgs(['rules'])).toEqual({ kind: 'rules', format: 'text' });
  });

  test('help: explicit or by empty argv', () => {
    expect(parseArgs([])).toEqual({ kind: 'help', explicit: false });
    expect(parseArgs(['--help'])).toEqual({ kind: 'help', explicit: true });
    expect(parseArgs(['audit', 'a.xlsx', '-h'])).toEqual({ kind: 'help', explicit: true });
    expect(parseArgs(['audit', '--', '-h'])).toMatchObject({ kind: 'audit', files: ['-h'] });
  });

  test.each([
    [['audit', 'a.xlsx', '--annotate']],
    [['audit', 'a.xlsx', '--annotate', '--format', 'json']],
    [['audit', 'a.xlsx', '--format=']],
    [['audit', 'a.xlsx', '--unit-type', '行政']],
    [['rules', '--unit-type', '行政单位']],
    [['audit', 'a.xlsx', '--Format', 'json']],
  ])('%j throws an ArgumentError', (argv) => {
    expect(() => parseArgs(argv)).toThrow(ArgumentError);
  });
});
