/**
 * The schemas use zod/mini, whose functions tree-shake (the classic API carries every method on
 * every schema, about half the pane's first load). Mini loads no locale: the English messages the
 * CLI and the 评分方案 finding quote are configured here, imported first by every schema module.
 */
import { config } from "zod/mini";
import { en } from "zod/locales";

config(en());
