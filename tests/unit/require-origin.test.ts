// `npm run build` refuses to build without PUBLIC_ORIGIN (it would write the local preview origin
// into every embed code); `npm start` / build:local keep the local origin and say so.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;

function check(env: Record<string, string | undefined>, ...args: string[]) {
  const { PUBLIC_ORIGIN: _, ...rest } = process.env;
  const r = spawnSync(process.execPath, ['scripts/require-origin.js', ...args], { env: { ...rest, ...env }, encoding: 'utf8' });
  return { code: r.status, out: r.stdout + r.stderr };
}

describe('PUBLIC_ORIGIN guard', () => {
  it('npm run build runs the guard (without --local) before vite build; start and tests use build:local', () => {
    expect(scripts.build).toMatch(/^node scripts\/require-origin\.js && vite build$/);
    expect(scripts['build:local']).toMatch(/node scripts\/require-origin\.js --local && vite build$/);
    expect(scripts.start).toMatch(/^npm run build:local && /);
  });

  it('fails without PUBLIC_ORIGIN and says how to set it', () => {
    const r = check({});
    expect(r.code).toBe(1);
    expect(r.out).toContain('PUBLIC_ORIGIN is not set');
    expect(r.out).toContain('npm start');
  });

  it('fails on a value that is not an http(s) origin', () => {
    for (const bad of ['graphics.example.org', 'https://graphics.example.org/ict', 'ftp://example.org']) expect(check({ PUBLIC_ORIGIN: bad }).code, bad).toBe(1);
  });

  it('passes with an origin (trailing slash allowed), and locally with --local saying which origin', () => {
    expect(check({ PUBLIC_ORIGIN: 'https://graphics.example.org' }).code).toBe(0);
    expect(check({ PUBLIC_ORIGIN: 'https://graphics.example.org/' }).code).toBe(0);
    const local = check({}, '--local');
    expect(local.code).toBe(0);
    expect(local.out).toContain('http://127.0.0.1:4173');
  });
});
