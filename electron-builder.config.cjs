/**
 * electron-builder configuration for Frekvensplan installers (output in out/).
 *
 * Run:  npm run dist                          (release build for the current OS)
 *       FREKVENSPLAN_TEST_BUILD=1 npm run dist  (keeps the inspect fuse so Playwright can drive it)
 * It needs network access the first time: electron-builder downloads the Electron and
 * AppImage/NSIS tool archives. `npm run dist` builds dist/renderer and dist/electron first.
 * Main and preload are bundled (vite.electron.config.ts), so no node_modules ship in the app.
 */
const isTestBuild = process.env.FREKVENSPLAN_TEST_BUILD === '1';

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'dk.frekvensplan.app',
  productName: 'Frekvensplan',
  copyright: 'Copyright © Frekvensplan contributors',
  directories: { output: 'out', buildResources: 'build' },
  files: [
    'package.json',
    'dist/electron/**',
    'dist/renderer/**',
    'data/**',
    '!data/basemap/README.md',
    '!**/*.map',
    '!**/node_modules/**',
  ],
  asar: true,
  icon: 'build/icon.png',
  fileAssociations: [
    {
      ext: 'frekvensplan',
      name: 'Frekvensplan project',
      description: 'Frekvensplan project',
      mimeType: 'application/x-frekvensplan+json',
      role: 'Editor',
    },
  ],
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    // Playwright's Electron launcher connects through --inspect; release builds refuse it.
    enableNodeCliInspectArguments: isTestBuild,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    loadBrowserProcessSpecificV8Snapshot: false,
    grantFileProtocolExtraPrivileges: false,
  },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Science',
    icon: 'build/icon.png',
    synopsis: 'Planning tool for private 5G networks',
    description: 'Plan private 5G networks on leased 3.5 GHz spectrum: sites, coverage, slices and lease requests.',
    desktop: {
      entry: {
        Name: 'Frekvensplan',
        GenericName: 'Private 5G network planner',
        'GenericName[da]': 'Planlægning af private 5G-net',
        Comment: 'Plan private 5G networks and lease requests',
        'Comment[da]': 'Planlæg private 5G-net og ansøgninger om frekvensleje',
        Categories: 'Science;Network;',
        Keywords: '5G;NR;radio;coverage;frequency;spectrum;frekvens;dækning;',
        MimeType: 'application/x-frekvensplan+json;',
        StartupWMClass: 'Frekvensplan',
      },
    },
  },
  deb: {
    packageCategory: 'science',
    priority: 'optional',
  },
  appImage: {
    artifactName: '${productName}-${version}-${arch}.${ext}',
  },
  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
    icon: 'build/icon.png',
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true,
    artifactName: '${productName}-Setup-${version}.${ext}',
  },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.productivity',
    icon: 'build/icon.png',
    hardenedRuntime: true,
  },
  dmg: {
    artifactName: '${productName}-${version}-${arch}.${ext}',
  },
};
