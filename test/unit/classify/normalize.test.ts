import { describe, expect, it } from 'vitest';
import { normalizeText, originalSpan } from '../../../shared/classify/normalize';

describe('normalizeText', () => {
  it('folds case, ё to е and collapses whitespace', () => {
    expect(normalizeText('  Журналист   ЁЛКИН\n\tзадержан  ').text).toBe('журналист елкин задержан');
  });

  it('removes tags and decodes entities, mapping each char back to the original', () => {
    const input = '<p>Газета &laquo;Время&raquo;&nbsp;закрыта</p>';
    const norm = normalizeText(input);
    expect(norm.text).toBe('газета «время» закрыта');
    const at = norm.text.indexOf('«');
    expect(input.slice(norm.starts[at]!, norm.ends[at]!)).toBe('&laquo;');
    const word = norm.text.indexOf('закрыта');
    const span = originalSpan(norm, word, word + 'закрыта'.length);
    expect(input.slice(span.start, span.end)).toBe('закрыта');
  });

  it('composes decomposed letters (NFC) and keeps the original span of both code points', () => {
    const input = 'Сергеи\u0306 Е\u0308лкин';
    const norm = normalizeText(input);
    expect(norm.text).toBe('сергей елкин');
    const span = originalSpan(norm, 5, 6);
    expect(input.slice(span.start, span.end)).toBe('и\u0306');
  });

  it('keeps Kazakh letters distinct from their Russian look-alikes', () => {
    expect(normalizeText('ҚАЗАҚСТАН ТІЛШІЛЕРІ Әділ Сөз').text).toBe('қазақстан тілшілері әділ сөз');
    expect(normalizeText('Қазақстан').text).not.toBe(normalizeText('Казакстан').text);
  });

  it('transliterates Latin-script Kazakh (2018 spelling) to Cyrillic', () => {
    const norm = normalizeText('Jýrnalıster men blogerler ustaldy, sóz bostandyǵy qorǵalýy tıis. Qazaqstan');
    expect(norm.text).toContain('блогерлер');
    expect(norm.text).toContain('ұсталды');
    expect(norm.text).toContain('сөз бостандығы');
  });

  it('transliterates the Turkic-style Latin spelling (ä ğ ñ ş w)', () => {
    const norm = normalizeText('Jurnalisterdi tergep sotpen qudalap otır, äleumettik jelide bwğattaldı. Qazaqstanda');
    expect(norm.text).toContain('тергеп');
    expect(norm.text).toContain('әлеуметтік желіде');
    expect(norm.text).toContain('бұғатталды');
  });

  it('leaves English text in Latin script', () => {
    expect(normalizeText('The journalist was DETAINED in Almaty.').text).toBe('the journalist was detained in almaty.');
  });

  it('maps spans correctly after a tag was collapsed into a space', () => {
    const input = 'Блогер<br/>задержан';
    const norm = normalizeText(input);
    expect(norm.text).toBe('блогер задержан');
    const at = norm.text.indexOf('задержан');
    expect(input.slice(norm.starts[at]!)).toBe('задержан');
  });
});
