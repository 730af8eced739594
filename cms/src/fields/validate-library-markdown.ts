import { TEXT_LIMITS, unsafeUrls } from '@kb/content'
import { validations, type RichTextField, type SanitizedConfig } from 'payload'
import { richTextFor, type RichText } from '../library/rich-text.ts'

const converters = new WeakMap<SanitizedConfig, Promise<RichText>>()

function converterFor(config: SanitizedConfig): Promise<RichText> {
  let converter = converters.get(config)
  if (!converter) {
    converter = richTextFor(config)
    converters.set(config, converter)
  }
  return converter
}

/**
 * A rich-text field's validation: the editor's own checks, then the shared schema's rules on the
 * Markdown the site will publish: at most TEXT_LIMITS.markdown characters, and no link, image or
 * reference definition (`[r]: …`, even typed as text) to anything but http(s), mailto or a relative
 * address. Either is refused on save with a message naming the problem.
 */
export const validateLibraryMarkdown: NonNullable<RichTextField['validate']> = async (value, options) => {
  const base = await validations.richText(value, options)
  if (base !== true || !value) return base
  const markdown = (await converterFor(options.req.payload.config)).toMarkdown(value)
  if (markdown.length > TEXT_LIMITS.markdown) {
    return `This text is ${markdown.length} characters as Markdown; at most ${TEXT_LIMITS.markdown} are allowed.`
  }
  const [unsafe] = unsafeUrls(markdown)
  return (
    unsafe === undefined ||
    `A link goes to "${unsafe.slice(0, 80)}": links may only go to http:// or https:// pages, mailto: addresses or relative paths. Edit or remove it.`
  )
}
