export { allowedExternalUrl, EXTERNAL_HOST_ALLOW_LIST, isAllowedExternalUrl } from '../../core/host/external-links';

/** Link of Help → Frekvensplan documentation. */
export const DOCUMENTATION_URL = 'https://www.sdfi.dk/';
