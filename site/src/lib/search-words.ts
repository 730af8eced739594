/**
 * Words as the search sees them, the same way in the browser, in Node and when the site is built:
 * typographic quotes and dashes made plain, lower case, apostrophes dropped ("don't" → "dont",
 * which is how Pagefind indexes them), split on anything that is not a letter or digit. Stems are
 * Porter2, the English stemmer Pagefind applies to the index.
 */
import { stem } from 'porter2'

const QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u00b4`]/g
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g
const DASHES = /[\u2010-\u2015\u2212]/g

/** The query as typed, with quotes, dashes and spaces made plain (for display and phrase checks). */
export function plainText(text: string): string {
  return text.replace(QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(DASHES, '-').replace(/\s+/g, ' ').trim()
}

/** Lower-case words without apostrophes: `“This is the third time I’ve called”` → this, is, the, third, time, ive, called. */
export function wordsOf(text: string): string[] {
  return plainText(text)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/'/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
}

const stems = new Map<string, string>()

/** The Porter2 stem of a lower-case word (remembered: excerpts stem every word of a page). */
export function stemOf(word: string): string {
  let result = stems.get(word)
  if (result === undefined) {
    result = stem(word)
    if (stems.size > 50_000) stems.clear()
    stems.set(word, result)
  }
  return result
}

/**
 * Words that carry no meaning on their own in an agent's query: never searched alone, and never
 * the reason a page is left out. Chat shorthand agents type mid-contact (cx and cust for the
 * customer, rep and csr for the agent, pls, u, ur, thx) counts as the words it stands for, and so
 * do contractions typed without their apostrophe (hes, doesnt); phrases of the agent vocabulary
 * still match them ("doesnt work").
 */
export const FILLER = new Set(
  ('a about after again all am an and any are as at be been being but by can cant could did do does doing dont ' +
    'for from get gets getting go going gonna got had has have having he her hers him his how i id if im in into ' +
    'is it its ive just keep keeps let lets like me my myself no not now of off on one or our out over please ' +
    'really she should so some someone something still such than that thats the their them then there they ' +
    'theyre this those to too up us very want wants was we were what whats when where which who why will with ' +
    'wont would you youre your yours hi hello hey thanks thank thx ok okay pls plz u ur cust cx customer customers caller callers agent ' +
    'agents rep reps csr hes shes theyve weve youve youd theyd isnt arent wasnt werent doesnt didnt wouldnt couldnt shouldnt hasnt havent hadnt whos theres heres')
    .split(' '),
)

/**
 * The other spelling of a word between British and American English, when it has one by the
 * usual patterns (apologise/apologize, cancelation/cancellation, colour/color, centre/center).
 * The caller keeps whichever the index has.
 */
export function spellingVariants(word: string): string[] {
  const variants = new Set<string>()
  const swap = (pattern: RegExp, replacement: string) => {
    if (pattern.test(word)) variants.add(word.replace(pattern, replacement))
  }
  swap(/is(e|ed|es|ing|ation|ations)$/, 'iz$1')
  swap(/iz(e|ed|es|ing|ation|ations)$/, 'is$1')
  swap(/ys(e|ed|es|ing)$/, 'yz$1')
  swap(/yz(e|ed|es|ing)$/, 'ys$1')
  swap(/our(s|ed|ing|able)?$/, 'or$1')
  swap(/([^o])or(s|ed|ing|able)?$/, '$1our$2')
  swap(/tre(s)?$/, 'ter$1')
  swap(/ter(s)?$/, 'tre$1')
  swap(/([aeiou])l(ation|ed|ing|er)$/, '$1ll$2')
  swap(/([aeiou])ll(ation|ed|ing|er)$/, '$1l$2')
  swap(/ence$/, 'ense')
  swap(/ogue$/, 'og')
  variants.delete(word)
  return [...variants]
}
