import type { en as english } from '../en';
import type { Translation } from '../translation';
import { common } from './common';
import { app } from './app';
import { auth } from './auth';
import { customers } from './customers';
import { followUps } from './followUps';
import { duplicates } from './duplicates';
import { pool } from './pool';
import { moves } from './moves';
import { transfers } from './transfers';
import { imports } from './imports';
import { importCommit } from './importCommit';
import { importUndo } from './importUndo';
import { notifications } from './notifications';
import { settings } from './settings';
import { team } from './team';
import { analytics } from './analytics';
import { shared } from './shared';
import { field } from './field';
import { collaborators } from './collaborators';
import { activity } from './activity';

/** The Simplified Chinese catalogue, area by area like the English one. */
export const zh: Translation<typeof english> = {
  ...common,
  ...app,
  ...auth,
  ...customers,
  ...followUps,
  ...duplicates,
  ...pool,
  ...moves,
  ...transfers,
  ...imports,
  ...importCommit,
  ...importUndo,
  ...notifications,
  ...settings,
  ...team,
  ...analytics,
  ...shared,
  ...field,
  ...collaborators,
  ...activity,
};
