import { convertLexicalToMarkdown, convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { SanitizedConfig } from 'payload'

type EditorConfig = Awaited<ReturnType<typeof editorConfigFactory.default>>
type SerializedEditorState = ReturnType<typeof convertMarkdownToLexical>

/** Converts between the library's Markdown and the CMS's Lexical rich text, with the CMS's own editor config. */
export interface RichText {
  toLexical: (markdown: string) => SerializedEditorState
  toMarkdown: (state: unknown) => string
}

export async function richTextFor(config: SanitizedConfig): Promise<RichText> {
  const editorConfig: EditorConfig = await editorConfigFactory.default({ config })
  return {
    toLexical: (markdown) => convertMarkdownToLexical({ editorConfig, markdown }),
    toMarkdown: (state) =>
      state && typeof state === 'object' ? convertLexicalToMarkdown({ data: state as SerializedEditorState, editorConfig }).trim() : '',
  }
}
