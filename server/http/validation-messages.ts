import * as z from 'zod/mini';
import { en } from 'zod/locales';

// zod/mini ships without messages (to stay small in the app); the server
// explains validation errors in English to API clients and admins.
z.config(en());
