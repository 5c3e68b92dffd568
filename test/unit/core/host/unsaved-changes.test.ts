import { describe, expect, it } from 'vitest';
import {
  dialogPlatform,
  unsavedChoicesForNativeDialog,
  unsavedChoicesLeftToRight,
} from '../../../../core/host/unsaved-changes';

describe('unsaved-changes dialog order (issue 13 item 7)', () => {
  it('puts Save, Don\u2019t Save, Cancel left to right on Windows and Linux', () => {
    expect(unsavedChoicesLeftToRight('other')).toEqual(['save', 'discard', 'cancel']);
    expect(unsavedChoicesForNativeDialog('other')).toEqual(['save', 'discard', 'cancel']);
  });

  it('puts Don\u2019t Save at the left and Save at the right on macOS; native boxes take them right to left', () => {
    expect(unsavedChoicesLeftToRight('mac')).toEqual(['discard', 'cancel', 'save']);
    expect(unsavedChoicesForNativeDialog('mac')).toEqual(['save', 'cancel', 'discard']);
  });

  it('recognises macOS from Node and from browsers', () => {
    for (const p of ['darwin', 'MacIntel', 'macOS']) expect(dialogPlatform(p)).toBe('mac');
    for (const p of ['win32', 'linux', 'Win32', 'Linux x86_64', 'Windows', '']) expect(dialogPlatform(p)).toBe('other');
  });
});
