export { ALLOW_KEY, Allow } from '@lexgap/platform';
