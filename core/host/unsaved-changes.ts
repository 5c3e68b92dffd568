/** The three answers to "save the changes?". */
export type UnsavedChoice = 'save' | 'discard' | 'cancel';

/** The desktop platform families whose dialogs order buttons differently. */
export type DialogPlatform = 'mac' | 'other';

/**
 * Buttons of the unsaved-changes dialog from left to right as each platform's guidelines place them: macOS
 * (Apple HIG, alerts) puts Don't Save at the left and the default Save at the right, after Cancel; Windows
 * and Linux desktops put Save first, then Don't Save, then Cancel.
 */
export function unsavedChoicesLeftToRight(platform: DialogPlatform): UnsavedChoice[] {
  return platform === 'mac' ? ['discard', 'cancel', 'save'] : ['save', 'discard', 'cancel'];
}

/**
 * The same buttons in the order a native message box takes them (Electron's `dialog.showMessageBox`): macOS
 * lays buttons out from the right, so the array is the visual order reversed; elsewhere it is the visual order.
 */
export function unsavedChoicesForNativeDialog(platform: DialogPlatform): UnsavedChoice[] {
  const visual = unsavedChoicesLeftToRight(platform);
  return platform === 'mac' ? [...visual].reverse() : visual;
}

/** The dialog platform of a Node `process.platform` or a browser's `navigator.platform` / userAgentData platform. */
export function dialogPlatform(platform: string): DialogPlatform {
  return /^(darwin|mac)/i.test(platform) || /macOS|Macintosh|MacIntel|iPhone|iPad/i.test(platform) ? 'mac' : 'other';
}
