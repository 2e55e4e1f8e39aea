export const WEB_APP_FILES = Symbol('WEB_APP_FILES');
