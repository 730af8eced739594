/** Collection slugs, in one place so relations and joins never spell them twice. */
export const usersSlug = 'users'
export const strategiesSlug = 'strategies'
export const empathyScriptsSlug = 'empathy-scripts'
export const sopsSlug = 'sops'
export const situationsSlug = 'situations'
export const sourcesSlug = 'sources'
export const feedbackSlug = 'feedback'
export const searchEventsSlug = 'search-events'

/** The agent vocabulary global (synonyms and intent phrases for search). */
export const agentVocabularySlug = 'agent-vocabulary'
