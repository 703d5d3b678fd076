import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDay, parseInteger, parseList, parseModelFile, parseNumber, toClusterOptions } from '../../src/cli/flags.js';
import { DEFAULT_PAIR_MODEL } from '../../src/index.js';
import { outputFormat } from '../../src/cli/formats.js';
import { textId } from '../../src/cli/inputs/collectSources.js';
import { describeFailure, flagOf } from '../../src/cli/errors.js';
import { ClusteringError } from '../../src/errors.js';

describe('flag parsers', () => {
  test.each([['0.3', 0.3], ['1', 1], ['.5', 0.5], ['1e-2', 0.01], ['-2', -2]])('parseNumber(%j) = %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  test.each(['', 'abc', '0.3x', '0x10', 'Infinity', 'NaN', '1,5'])('parseNumber(%j) is refused', (text) => {
    expect(() => parseNumber(text)).toThrow('expected a number');
  });

  test('parseInteger refuses fractions', () => {
    expect(parseInteger('4')).toBe(4);
    expect(() => parseInteger('4.5')).toThrow('whole number');
  });

  test('parseModelFile reads a model saved as JSON, and names a file it cannot use', () => {
    const dir = mkdtempSync(join(tmpdir(), 'model-'));
    writeFileSync(join(dir, 'model.json'), JSON.stringify(DEFAULT_PAIR_MODEL));
    writeFileSync(join(dir, 'bad.json'), '{ not json');
    expect(parseModelFile(join(dir, 'model.json'))).toEqual(DEFAULT_PAIR_MODEL);
    expect(() => parseModelFile(join(dir, 'bad.json'))).toThrow('is not JSON');
    expect(() => parseModelFile(join(dir, 'missing.json'))).toThrow('cannot read the model file');
  });

  test('parseList and parseDay', () => {
    expect(parseList('sv, fr,,en')).toEqual(['sv', 'fr', 'en']);
    expect(() => parseList(' , ')).toThrow();
    expect(parseDay('2021-06-01')).toBe('2021-06-01');
    for (const bad of ['2021-02-30', '2021-6-1', 'yesterday', '2021-06-01T00:00']) expect(() => parseDay(bad)).toThrow('YYYY-MM-DD');
  });

  test('toClusterOptions passes only what was given', () => {
    expect(toClusterOptions({})).toEqual({});
    expect(toClusterOptions({ threshold: 0.4, referenceDate: '2020-01-01', quiet: true, strict: true })).toEqual({ threshold: 0.4, referenceDate: '2020-01-01' });
  });
});

describe('outputFormat', () => {
  test.each([
    [{}, 'table'],
    [{ out: 'report.html' }, 'html'],
    [{ out: 'REPORT.HTM' }, 'html'],
    [{ out: 'x.jsonl' }, 'jsonl'],
    [{ out: 'x.json' }, 'json'],
    [{ out: 'x.txt' }, 'table'],
    [{ out: 'x.html', format: 'json' as const }, 'json'],
  ])('%j → %s', (flags, format) => {
    expect(outputFormat(flags)).toBe(format);
  });
});

describe('ids and messages', () => {
  test('a text file is identified by its name without .txt', () => {
    expect(textId('000_9f1e.txt')).toBe('000_9f1e');
    expect(textId('notes.md')).toBe('notes.md');
    expect(textId('dev/a.TXT')).toBe('dev/a');
  });

  test('library option errors name the command-line flag and are usage errors', () => {
    expect(flagOf('referenceDate')).toBe('--reference-date');
    expect(flagOf('model.coefficients.words')).toBe('--model (coefficients.words)');
    expect(flagOf('languages[1]')).toBe('--languages');
    const error = new ClusteringError('INVALID_OPTION', 'must be a number from 0 to 1, got 2', { option: 'threshold' });
    expect(describeFailure(error)).toEqual({ message: '--threshold: must be a number from 0 to 1, got 2', exitCode: 2 });
  });

  test('input errors name file and line and are runtime failures', () => {
    const error = new ClusteringError('INVALID_INPUT', 'invalid JSON', { file: 'a.jsonl', line: 3 });
    expect(describeFailure(error)).toEqual({ message: 'a.jsonl:3: invalid JSON', exitCode: 1 });
    expect(describeFailure(new TypeError('boom\n  at x'))).toMatchObject({ exitCode: 1, message: expect.stringMatching(/^unexpected error: boom \(set EVENT_CLUSTERS_DEBUG=1/u) });
  });
});
