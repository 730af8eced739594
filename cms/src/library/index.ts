/** Moving the library between `content/library/` files, the CMS and the site. */
export { PART_COLLECTIONS, type LibraryCollection } from './collections.ts'
export { exportLibrary, exportPublished, type PublishedExport } from './export-library.ts'
export { importLibrary, type ImportCounts, type ImportReport } from './import-library.ts'
export { libraryFromDocs, type PublishedDocs } from './library-from-docs.ts'
export { richTextFor, type RichText } from './rich-text.ts'
export { MAX_PUBLISHED_ENTRIES, publishedLibraryEndpoint, publishedLibraryResponse } from './published-endpoint.ts'
export { exportAgentVocabulary, importAgentVocabulary, seedAgentVocabulary, type VocabularyOutcome } from './agent-vocabulary.ts'
export { vocabularyFromDoc, type VocabularyDoc } from './vocabulary-doc.ts'
