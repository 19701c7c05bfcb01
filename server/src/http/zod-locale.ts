import { z } from 'zod';

/** Validation messages in Simplified Chinese (the UI's default language); paths stay JSON paths. */
z.config(z.locales.zhCN());
