import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, eachFile } from '../../../src/lib/built-pages';

describe('eachFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'built-pages-'));
  mkdirSync(join(dir, 'topics', 'a'), { recursive: true });
  // A page larger than the reused buffer, then a short one: the short page must not see the
  // long one's bytes behind its own.
  const long = `<html><head><meta content="long"></head><body>${'x'.repeat(400 * 1024)}</body></html>`;
  const short = '<html><head><meta content="short"></head></html>';
  writeFileSync(join(dir, 'topics', 'a', 'index.html'), long);
  writeFileSync(join(dir, 'index.html'), short);
  writeFileSync(join(dir, 'empty.html'), '');
  const files = [join(dir, 'topics', 'a', 'index.html'), join(dir, 'index.html'), join(dir, 'empty.html')];

  it('hands each file its own bytes, whatever the size of the one before', () => {
    expect(eachFile(files, (bytes) => bytes.toString('utf8'))).toEqual([long, short, '']);
  });

  it('finds every page a build wrote', () => {
    expect(builtPages(dir).sort()).toEqual([...files].sort());
  });
});
