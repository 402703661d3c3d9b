/**
 * Recognise: signature modes (*T/M*, *K.T.*, *T/L*) and recipient purposes
 * (*B/c*, *T/h*, *C/đ*, *Biết*, *Lưu*).
 */
import type { RecipientPurpose, SignatureMode } from '@rollout/core';

export function signatureMode(f: string): { mode: SignatureMode; length: number } | undefined {
  const t = f.trim();
  const m = /^(t\s*\/\s*m\b|tm\b\.?|k\s*[./]?\s*t\b\s*[./]?|t\s*\/\s*l\b|tl\b\.?|q\.)\s*/.exec(t);
  if (!m) return undefined;
  const k = m[1]!.replace(/\s/g, '');
  const mode: SignatureMode = k.startsWith('k')
    ? 'acting-for'
    : k === 't/l' || k === 'tl.'
      ? 'by-order'
      : k === 'q.'
        ? 'acting-for'
        : 'on-behalf';
  return { mode, length: m[0].length + (f.length - f.trimStart().length) };
}

export function purposeOf(code: string): RecipientPurpose {
  switch (code) {
    case 'b/c':
    case 'bc':
    case 'bao cao':
      return 'report';
    case 't/h':
    case 'th':
    case 'thuc hien':
    case 'phoi hop':
      return 'implement';
    case 'c/d':
    case 'cd':
    case 'chi dao':
      return 'direct';
    case 'luu':
      return 'archive';
    default:
      return 'inform';
  }
}
