import * as migration_20261126_091527_initial from './20261126_091527_initial';
import * as migration_20261126_094612_languages from './20261126_094612_languages';
import * as migration_20261126_103053_sign_up_mail_get_help from './20261126_103053_sign_up_mail_get_help';
import * as migration_20261126_111743_stories_campaigns from './20261126_111743_stories_campaigns';
import * as migration_20261126_132730_donations_search_sending from './20261126_132730_donations_search_sending';

export const migrations = [
  {
    up: migration_20261126_091527_initial.up,
    down: migration_20261126_091527_initial.down,
    name: '20261126_091527_initial',
  },
  {
    up: migration_20261126_094612_languages.up,
    down: migration_20261126_094612_languages.down,
    name: '20261126_094612_languages',
  },
  {
    up: migration_20261126_103053_sign_up_mail_get_help.up,
    down: migration_20261126_103053_sign_up_mail_get_help.down,
    name: '20261126_103053_sign_up_mail_get_help',
  },
  {
    up: migration_20261126_111743_stories_campaigns.up,
    down: migration_20261126_111743_stories_campaigns.down,
    name: '20261126_111743_stories_campaigns',
  },
  {
    up: migration_20261126_132730_donations_search_sending.up,
    down: migration_20261126_132730_donations_search_sending.down,
    name: '20261126_132730_donations_search_sending'
  },
];
