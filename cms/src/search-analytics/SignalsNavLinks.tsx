/** Links in the admin's nav to the pages built from agents' signals: search analytics and the weekly digest. */
export function SignalsNavLinks() {
  return (
    <nav aria-label="Agent signals" style={{ display: 'grid', gap: '.4rem', marginTop: '1rem' }}>
      <a className="nav__link" href="/admin/search-analytics">Search analytics</a>
      <a className="nav__link" href="/admin/digest">Weekly digest</a>
    </nav>
  )
}
