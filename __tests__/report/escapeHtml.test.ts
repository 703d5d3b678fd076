import { escapeHtml, jsonForScript } from '../../src/report/escapeHtml.js';

describe('escapeHtml', () => {
  test.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['"quoted" & \'single\'', '&quot;quoted&quot; &amp; &#39;single&#39;'],
    ['&amp; already', '&amp;amp; already'],
    ['<img src=x onerror="alert(1)">', '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'],
    ['Åsa & Ørsted — “ok”', 'Åsa &amp; Ørsted — “ok”'],
    ['', ''],
  ])('%j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });

  test('leaves nothing that could open a tag or end an attribute', () => {
    const hostile = `"><svg onload=alert(1)>'</title></textarea><!--`;
    expect(escapeHtml(hostile)).not.toMatch(/[<>"']/u);
  });
});

describe('jsonForScript', () => {
  test('cannot close the script element and still parses to the same value', () => {
    const value = { text: '</script><script>alert(1)</script> <!-- & \u2028' };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/<|>|&|\u2028/u);
    expect(JSON.parse(json)).toEqual(value);
  });
});
