extension QueryParser {
    /// A short description of the query syntax for `gaceta search --help`;
    /// docs/QUERY.md has the full story.
    public static let syntaxHelp: String = """
        Query syntax (case, accents and inflection never matter; English and
        Spanish words both match):
          aranceles acero      either word, passages with both rank first
          "El Mayo"            exact phrase (also “…” and «…»)
          +mexico -china       must contain / must not contain
          tariffs OR aranceles one or the other
          tariffs AND steel    both (AND binds tighter than OR)
          NOT china            same as -china
          (a OR b) c           parentheses group
          fentan*              any word starting with "fentan" (2+ characters)
          title:aranceles      in the title only (also body:, with "…" or (…))
          source:"el país"     articles from a source
          lang:es              articles in Spanish (lang:en for English)
          date:2025-03         articles dated that month; also a year (2025), a day
                               (2025-03-04) or a range (2025-01-01..2025-03-31,
                               2025-06.. or ..2024-12-31)
          \\+ \\" \\: \\*          a backslash makes the next character plain text
        AND, OR and NOT are operators only in capitals; other words before a
        colon (foo:bar, http://…) are plain text.
        """
}
