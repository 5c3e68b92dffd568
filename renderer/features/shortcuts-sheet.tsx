import type { MessageKey } from '../i18n';
import { useT } from '../i18n/use-t';
import { useApp } from '../state/store';
import { Dialog } from './dialog';
import { MOD } from './menu-model';

type Row = [keys: string, action: MessageKey];

/** Every keyboard shortcut, grouped; the same keys the menus, the toolbar titles and the README list. */
function groups(arrows: string): [MessageKey, Row[]][] {
  return [
    [
      'shortcuts.group.file',
      [
        [`${MOD}N`, 'shortcuts.new'],
        [`${MOD}O`, 'shortcuts.open'],
        [`${MOD}S`, 'shortcuts.save'],
        [`${MOD}Shift+S`, 'shortcuts.saveAs'],
        [`${MOD}I`, 'shortcuts.import'],
        [`${MOD}E`, 'shortcuts.export'],
      ],
    ],
    [
      'shortcuts.group.edit',
      [
        [`${MOD}Z`, 'shortcuts.undo'],
        [`${MOD}Shift+Z, ${MOD}Y`, 'shortcuts.redo'],
        ['Delete', 'shortcuts.delete'],
      ],
    ],
    [
      'shortcuts.group.map',
      [
        [`${MOD}K`, 'shortcuts.search'],
        ['S', 'shortcuts.addSite'],
        ['A', 'shortcuts.drawArea'],
        ['C', 'shortcuts.drawCorridor'],
        ['Enter', 'shortcuts.finish'],
        ['Backspace', 'shortcuts.undoPoint'],
        ['Esc', 'shortcuts.cancel'],
        [arrows, 'shortcuts.pan'],
        ['+ −', 'shortcuts.zoom'],
      ],
    ],
    [
      'shortcuts.group.panels',
      [
        [`${MOD}Shift+R`, 'shortcuts.request'],
        ['Enter, ↓, ← →', 'shortcuts.menus'],
        ['F1', 'shortcuts.help'],
      ],
    ],
  ];
}

/** Help → Tastaturgenveje (F1): a sheet of every shortcut, as tables a screen reader can read. */
export function ShortcutsSheet() {
  const t = useT();
  const close = useApp((s) => s.closeDialog);
  return (
    <Dialog
      title={t('shortcuts.title')}
      onCancel={close}
      actions={
        <button type="button" className="button button--primary" onClick={close}>
          {t('dialog.close')}
        </button>
      }
    >
      <p>{t('shortcuts.intro')}</p>
      <div className="shortcuts" tabIndex={0} role="region" aria-label={t('shortcuts.title')}>
        {groups(`${t('shortcuts.arrows')} ← ↑ → ↓`).map(([group, rows]) => (
          <table key={group} className="data-table shortcuts__table">
            <caption>{t(group)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('shortcuts.keys')}</th>
                <th scope="col">{t('shortcuts.action')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(([keys, action]) => (
                <tr key={action}>
                  <td>
                    <kbd>{keys}</kbd>
                  </td>
                  <td>{t(action)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </Dialog>
  );
}
