/* test-dutch.c: under a Dutch locale, every string the window shows is Dutch
 *
 * The i18n suite checks that po/nl.po translates every msgid; this test
 * checks that the translations reach the screen. It switches to Dutch
 * (tafel_test_use_dutch: the catalogue built in this tree) and makes a
 * demo traject (after the switch, so that the texts it stores are Dutch)
 * with a decision, requirements, a processed geeltje, two exports and
 * uitvraag workbooks of which one came back. Then it starts the real
 * application on it and shows the traject list, every page of the
 * traject and the views inside the pages (each session and the question
 * blocks; participants and the organisations; every deelproduct in the
 * three proposal views, with and without an organisation; every chapter
 * of the requirements in its three views; each session on the Uitvraag
 * page, the preview of an import and its outcome), the choice popovers
 * of the sticky-note list, the dialogs (new traject, product groups,
 * linking to a requirement, traject details), the about window and the
 * keyboard shortcuts.
 *
 * After each step it walks every window that is shown: every visible
 * widget, its string properties that people read (label, title,
 * subtitle, description, placeholder, tooltip, …), the pages of stacks
 * and view stacks, the column titles of column views, the items of
 * drop-downs and combo rows and the labels of menus. A string leaks
 *  - when it is an msgid of po/nl.po (as it is, trimmed, or without its
 *    mnemonic underscores) whose translation differs, and no translation
 *    in po/nl.po reads the same; or when it is a c-format msgid filled in
 *    ("3 sessions" from "%d sessions") that no translation matches;
 *  - when it is the stored id of a fixed value list ("deels_verwerkt")
 *    instead of its translated label.
 * Each leak is listed with the page, the widget type, the nearest widget
 * of ours around it and the msgid; then the test fails. With --verbose
 * every string looked at is listed too, to read for English that is no
 * msgid at all (a literal without _()).
 *
 * Accessible labels are not read: GTK 4.8 has no API to read them back.
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "tafel-application.h"
#include "tafel-besluit.h"
#include "tafel-choice-cell.h"
#include "tafel-choice.h"
#include "tafel-deelnemers-page.h"
#include "tafel-demo.h"
#include "tafel-eis.h"
#include "tafel-eisen-page.h"
#include "tafel-export-pve.h"
#include "tafel-geeltje.h"
#include "tafel-geeltjes-list.h"
#include "tafel-geeltjes-page.h"
#include "tafel-sessies-page.h"
#include "tafel-test-util.h"
#include "tafel-traject-view.h"
#include "tafel-uitvraag-export.h"
#include "tafel-uitvraag-import.h"
#include "tafel-uitvraag-page.h"
#include "tafel-verwerking.h"
#include "tafel-voorstel.h"
#include "tafel-voorstellen-page.h"
#include "tafel-window.h"

/* ---- the catalogue ------------------------------------------------------- */

/* A printf format as a regular expression ("%d sessions" → ^[-+]?\d… sessions$),
 * with its longest literal piece to find candidates quickly. */
typedef struct {
  GRegex *regex;
  char   *literal;
  char   *msgid;
} Pattern;

typedef struct {
  GHashTable *english;          /* form of an msgid translated differently → msgid */
  GHashTable *dutch;            /* every form of every translation */
  GPtrArray  *english_patterns; /* Pattern *, from c-format msgids */
  GPtrArray  *dutch_patterns;   /* Pattern *, from their translations */
  GHashTable *choice_ids;       /* id of a TafelChoice → its translated label */
  guint       n_entries;
} Catalogue;

static void
pattern_free (gpointer data)
{
  Pattern *p = data;

  g_regex_unref (p->regex);
  g_free (p->literal);
  g_free (p->msgid);
  g_free (p);
}

static void
catalogue_free (Catalogue *cat)
{
  g_hash_table_unref (cat->english);
  g_hash_table_unref (cat->dutch);
  g_ptr_array_unref (cat->english_patterns);
  g_ptr_array_unref (cat->dutch_patterns);
  g_clear_pointer (&cat->choice_ids, g_hash_table_unref);
  g_free (cat);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Catalogue, catalogue_free)

/* @text without mnemonic underscores ("R_equirements" → "Requirements";
 * "__" is a literal underscore). */
static char *
strip_mnemonic (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '_')
        {
          if (p[1] == '_')
            {
              g_string_append_c (out, '_');
              p++;
            }
          continue;
        }
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/* The forms in which a catalogue string may reach the screen: as it is,
 * trimmed, and without mnemonic underscores (a GtkLabel's text). */
static GPtrArray *
forms_of (const char *text)
{
  GPtrArray *forms = g_ptr_array_new_with_free_func (g_free);
  char *trimmed = g_strstrip (g_strdup (text));

  g_ptr_array_add (forms, g_strdup (text));
  g_ptr_array_add (forms, trimmed);
  if (strchr (text, '_') != NULL)
    {
      g_ptr_array_add (forms, strip_mnemonic (text));
      g_ptr_array_add (forms, strip_mnemonic (trimmed));
    }
  return forms;
}

/* Whether @text has a run of three letters outside its conversions: a
 * format such as "%s (%s)" says nothing about the language. */
static gboolean
has_words (const char *literal_text)
{
  guint run = 0;

  for (const char *p = literal_text; *p != '\0'; p++)
    {
      run = g_ascii_isalpha (*p) ? run + 1 : 0;
      if (run >= 3)
        return TRUE;
    }
  return FALSE;
}

/* A regular expression for the strings printf makes of @format, or NULL
 * when @format has no conversion or no words. */
static Pattern *
pattern_new (const char *format,
             const char *msgid)
{
  g_autoptr(GString) re = g_string_new ("^");
  g_autoptr(GString) literal = g_string_new (NULL);
  g_autoptr(GString) longest = g_string_new (NULL);
  g_autoptr(GString) words = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  gboolean any = FALSE;
  const char *p = format;
  Pattern *pattern;

#define FLUSH_LITERAL()                                                    \
  G_STMT_START {                                                           \
    if (literal->len > 0)                                                  \
      {                                                                    \
        g_autofree char *escaped = g_regex_escape_string (literal->str, -1); \
        g_string_append (re, escaped);                                     \
        g_string_append (words, literal->str);                             \
        g_string_append_c (words, ' ');                                    \
        if (literal->len > longest->len)                                   \
          g_string_assign (longest, literal->str);                         \
        g_string_truncate (literal, 0);                                    \
      }                                                                    \
  } G_STMT_END

  while (*p != '\0')
    {
      if (*p != '%')
        {
          g_string_append_c (literal, *p++);
          continue;
        }
      if (p[1] == '%')
        {
          g_string_append_c (literal, '%');
          p += 2;
          continue;
        }

      /* %[n$][flags][width][.precision][length]conversion */
      p++;
      while (g_ascii_isdigit (*p))
        p++;
      if (*p == '$')
        p++;
      while (*p != '\0' && strchr ("-+ #0'I", *p) != NULL)
        p++;
      while (g_ascii_isdigit (*p) || *p == '*')
        p++;
      if (*p == '.')
        {
          p++;
          while (g_ascii_isdigit (*p) || *p == '*')
            p++;
        }
      if (*p == '<')   /* xgettext's <PRId64> */
        {
          while (*p != '\0' && *p != '>')
            p++;
          if (*p == '>')
            p++;
          FLUSH_LITERAL ();
          g_string_append (re, "[-+]?[0-9]+(?:[.,\\s][0-9]{3})*");
          any = TRUE;
          continue;
        }
      while (*p != '\0' && strchr ("hlLqjzt", *p) != NULL)
        p++;
      if (*p == '\0')
        break;

      FLUSH_LITERAL ();
      switch (*p)
        {
        case 'd': case 'i': case 'u':
          g_string_append (re, "[-+]?[0-9]+(?:[.,\\s][0-9]{3})*");
          break;
        case 'f': case 'g': case 'e': case 'F': case 'G': case 'E':
          g_string_append (re, "[-+]?[0-9.,]+");
          break;
        case 'x': case 'X':
          g_string_append (re, "[0-9a-fA-F]+");
          break;
        case 'c':
          g_string_append (re, ".");
          break;
        default:
          g_string_append (re, ".*");
          break;
        }
      any = TRUE;
      p++;
    }
  FLUSH_LITERAL ();
#undef FLUSH_LITERAL
  g_string_append_c (re, '$');

  if (!any || !has_words (words->str))
    return NULL;

  pattern = g_new0 (Pattern, 1);
  pattern->regex = g_regex_new (re->str, G_REGEX_DOTALL | G_REGEX_OPTIMIZE, 0, &error);
  g_assert_no_error (error);
  pattern->literal = g_strdup (longest->str);
  pattern->msgid = g_strdup (msgid);
  return pattern;
}

static gboolean
pattern_matches (Pattern    *pattern,
                 const char *text)
{
  return strstr (text, pattern->literal) != NULL &&
         g_regex_match (pattern->regex, text, 0, NULL);
}

static gboolean
str_in (GPtrArray  *strings,
        const char *text)
{
  for (guint i = 0; i < strings->len; i++)
    if (g_str_equal (g_ptr_array_index (strings, i), text))
      return TRUE;
  return FALSE;
}

/* One entry of the .po file. A fuzzy entry counts as untranslated, as
 * msgfmt leaves it out. */
static void
catalogue_add (Catalogue  *cat,
               const char *msgid,
               const char *msgid_plural,
               GPtrArray  *msgstrs,
               gboolean    fuzzy,
               gboolean    c_format)
{
  g_autoptr(GPtrArray) dutch_forms = g_ptr_array_new_with_free_func (g_free);
  const char *english[] = { msgid, msgid_plural };

  if (*msgid == '\0')   /* the header */
    return;
  cat->n_entries++;

  for (guint i = 0; !fuzzy && i < msgstrs->len; i++)
    {
      const char *msgstr = g_ptr_array_index (msgstrs, i);
      g_autoptr(GPtrArray) forms = NULL;

      if (*msgstr == '\0')
        continue;
      forms = forms_of (msgstr);
      for (guint f = 0; f < forms->len; f++)
        {
          g_hash_table_add (cat->dutch, g_strdup (g_ptr_array_index (forms, f)));
          g_ptr_array_add (dutch_forms, g_strdup (g_ptr_array_index (forms, f)));
        }
      if (c_format)
        {
          Pattern *pattern = pattern_new (msgstr, msgstr);

          if (pattern != NULL)
            g_ptr_array_add (cat->dutch_patterns, pattern);
        }
    }

  for (guint e = 0; e < G_N_ELEMENTS (english); e++)
    {
      g_autoptr(GPtrArray) forms = NULL;

      if (english[e] == NULL)
        continue;

      forms = forms_of (english[e]);
      for (guint f = 0; f < forms->len; f++)
        {
          const char *form = g_ptr_array_index (forms, f);

          /* "Status" translated as "Status" is Dutch as well. */
          if (*form != '\0' && !str_in (dutch_forms, form))
            g_hash_table_insert (cat->english, g_strdup (form), g_strdup (msgid));
        }

      if (c_format && !str_in (dutch_forms, english[e]))
        {
          Pattern *pattern = pattern_new (english[e], msgid);

          if (pattern != NULL)
            g_ptr_array_add (cat->english_patterns, pattern);
        }
    }
}

/* The text of a "..." line of a .po file, unescaped, appended to @out. */
static void
append_po_string (GString    *out,
                  const char *line)
{
  const char *p = strchr (line, '"');
  const char *end = strrchr (line, '"');

  g_assert_nonnull (p);
  g_assert_true (end > p);

  for (p++; p < end; p++)
    {
      if (*p != '\\')
        {
          g_string_append_c (out, *p);
          continue;
        }
      p++;
      switch (*p)
        {
        case 'n': g_string_append_c (out, '\n'); break;
        case 't': g_string_append_c (out, '\t'); break;
        case 'r': g_string_append_c (out, '\r'); break;
        case 'a': g_string_append_c (out, '\a'); break;
        case '"': g_string_append_c (out, '"'); break;
        case '\\': g_string_append_c (out, '\\'); break;
        default:
          g_string_append_c (out, '\\');
          g_string_append_c (out, *p);
          break;
        }
    }
}

typedef struct {
  GString   *msgctxt;
  GString   *msgid;
  GString   *msgid_plural;
  GPtrArray *msgstrs;     /* GString * */
  gboolean   fuzzy;
  gboolean   c_format;
} PoEntry;

static void
po_entry_finish (Catalogue *cat,
                 PoEntry   *entry)
{
  if (entry->msgid != NULL && entry->msgstrs->len > 0)
    {
      g_autoptr(GPtrArray) strs = g_ptr_array_new ();

      for (guint i = 0; i < entry->msgstrs->len; i++)
        g_ptr_array_add (strs, ((GString *) g_ptr_array_index (entry->msgstrs, i))->str);
      catalogue_add (cat, entry->msgid->str, entry->msgid_plural ? entry->msgid_plural->str : NULL,
                     strs, entry->fuzzy, entry->c_format);
    }

  if (entry->msgctxt != NULL)
    g_string_free (entry->msgctxt, TRUE);
  if (entry->msgid != NULL)
    g_string_free (entry->msgid, TRUE);
  if (entry->msgid_plural != NULL)
    g_string_free (entry->msgid_plural, TRUE);
  for (guint i = 0; i < entry->msgstrs->len; i++)
    g_string_free (g_ptr_array_index (entry->msgstrs, i), TRUE);
  g_ptr_array_set_size (entry->msgstrs, 0);
  entry->msgctxt = entry->msgid = entry->msgid_plural = NULL;
  entry->fuzzy = entry->c_format = FALSE;
}

static Catalogue *
catalogue_load (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) msgstrs = g_ptr_array_new ();
  Catalogue *cat = g_new0 (Catalogue, 1);
  PoEntry entry = { NULL, NULL, NULL, msgstrs, FALSE, FALSE };
  GString *target = NULL;

  cat->english = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  cat->dutch = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  cat->english_patterns = g_ptr_array_new_with_free_func (pattern_free);
  cat->dutch_patterns = g_ptr_array_new_with_free_func (pattern_free);

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = g_strchug (lines[i]);

      if (g_str_has_prefix (line, "#~") || (*line == '\0'))
        {
          if (*line == '\0' || entry.msgstrs->len > 0)
            po_entry_finish (cat, &entry);
          target = NULL;
          continue;
        }
      if (g_str_has_prefix (line, "#,"))
        {
          if (entry.msgstrs->len > 0)
            po_entry_finish (cat, &entry);
          entry.fuzzy |= strstr (line, "fuzzy") != NULL;
          entry.c_format |= strstr (line, " c-format") != NULL || strstr (line, ",c-format") != NULL;
          continue;
        }
      if (*line == '#')
        {
          if (entry.msgstrs->len > 0)
            po_entry_finish (cat, &entry);
          continue;
        }

      if (g_str_has_prefix (line, "msgctxt "))
        {
          if (entry.msgid != NULL)
            po_entry_finish (cat, &entry);
          target = entry.msgctxt = g_string_new (NULL);
        }
      else if (g_str_has_prefix (line, "msgid_plural "))
        target = entry.msgid_plural = g_string_new (NULL);
      else if (g_str_has_prefix (line, "msgid "))
        {
          if (entry.msgid != NULL)
            po_entry_finish (cat, &entry);
          target = entry.msgid = g_string_new (NULL);
        }
      else if (g_str_has_prefix (line, "msgstr"))
        {
          target = g_string_new (NULL);
          g_ptr_array_add (entry.msgstrs, target);
        }
      else if (*line != '"')
        g_error ("%s:%u: cannot read this line: %s", path, i + 1, line);

      g_assert_nonnull (target);
      append_po_string (target, line);
    }
  po_entry_finish (cat, &entry);

  return cat;
}

/* The msgid @text leaks (English on screen), or NULL when it is Dutch,
 * data or anything else that is no untranslated msgid. */
static const char *
catalogue_find_english (Catalogue  *cat,
                        const char *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  const char *msgid;

  if (*trimmed == '\0')
    return NULL;
  if (g_hash_table_contains (cat->dutch, text) || g_hash_table_contains (cat->dutch, trimmed))
    return NULL;

  msgid = g_hash_table_lookup (cat->english, text);
  if (msgid == NULL)
    msgid = g_hash_table_lookup (cat->english, trimmed);
  if (msgid != NULL)
    return msgid;

  for (guint i = 0; i < cat->english_patterns->len; i++)
    {
      Pattern *english = g_ptr_array_index (cat->english_patterns, i);

      if (pattern_matches (english, trimmed))
        {
          for (guint j = 0; j < cat->dutch_patterns->len; j++)
            if (pattern_matches (g_ptr_array_index (cat->dutch_patterns, j), trimmed))
              return NULL;
          return english->msgid;
        }
    }
  return NULL;
}

/* The ids of the fixed value lists ("deels_verwerkt", "uren_per_week"):
 * stored, never shown; a screen shows their translated labels. An id that
 * reads the same as its label, or as any translation, is left out. Call
 * under the Dutch locale. */
static void
catalogue_add_choices (Catalogue *cat)
{
  const TafelChoice *const lists[] = {
    tafel_traject_statuses, tafel_uitvoeringsvarianten, tafel_deelproduct_varianten,
    tafel_inkoopniveaus, tafel_geeltje_kinds, tafel_geeltje_statuses, tafel_deelnemer_roles,
    tafel_evidence_levels, tafel_aanbod_fits, tafel_duration_units, tafel_frequency_units,
    tafel_niveaus, tafel_bronnen, tafel_opleidingsniveaus, tafel_tijdsoorten,
    tafel_intensiteit_eenheden, tafel_duur_eenheden, tafel_hoofdstukken, tafel_eis_aspecten,
    tafel_eis_soorten, tafel_eis_statussen,
  };

  cat->choice_ids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, NULL);
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (const TafelChoice *choice = lists[l]; choice->id != NULL; choice++)
      {
        const char *label = tafel_choice_label (lists[l], choice->id);

        if (!g_str_equal (choice->id, label) && !g_hash_table_contains (cat->dutch, choice->id))
          g_hash_table_insert (cat->choice_ids, (gpointer) choice->id, (gpointer) label);
      }
}

/* ---- walking the windows ------------------------------------------------ */

typedef struct {
  Catalogue  *cat;
  char       *where;       /* the step being looked at */
  GHashTable *seen;        /* widget type, source and text of each leak found */
  GPtrArray  *leaks;       /* char *, one line each */
  GHashTable *strings;     /* every distinct string looked at */
  GHashTable *types;       /* every widget type looked at */
  guint       n_steps;
} Collector;

/* The nearest of @widget and its ancestors that is one of ours, to say
 * which file to look in. */
static const char *
owner_of (GtkWidget *widget)
{
  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    if (g_str_has_prefix (G_OBJECT_TYPE_NAME (w), "Tafel"))
      return G_OBJECT_TYPE_NAME (w);
  return "-";
}

/* GtkCalendar shows the locale's day names ("wo"), which may equal an id. */
static gboolean
in_calendar (GtkWidget *widget)
{
  return gtk_widget_get_ancestor (widget, GTK_TYPE_CALENDAR) != NULL;
}

static void
check_string (Collector  *c,
              GtkWidget  *widget,
              const char *type,
              const char *source,
              const char *text)
{
  const char *msgid;
  const char *label = NULL;
  g_autofree char *key = NULL;

  if (text == NULL || *text == '\0')
    return;

  g_hash_table_add (c->strings, g_strdup (text));
  msgid = catalogue_find_english (c->cat, text);
  if (msgid == NULL && c->cat->choice_ids != NULL && !in_calendar (widget))
    label = g_hash_table_lookup (c->cat->choice_ids, text);
  if (msgid == NULL && label == NULL)
    return;

  key = g_strdup_printf ("%s\t%s\t%s", type, source, text);
  if (g_hash_table_contains (c->seen, key))
    return;
  g_hash_table_add (c->seen, g_steal_pointer (&key));

  if (label != NULL)
    g_ptr_array_add (c->leaks, g_strdup_printf ("[%s] %s (in %s) %s: \"%s\" (a stored id: show its label \"%s\")",
                                                c->where, type, owner_of (widget), source, text, label));
  else if (g_str_equal (msgid, text))
    g_ptr_array_add (c->leaks, g_strdup_printf ("[%s] %s (in %s) %s: \"%s\"",
                                                c->where, type, owner_of (widget), source, text));
  else
    g_ptr_array_add (c->leaks, g_strdup_printf ("[%s] %s (in %s) %s: \"%s\" (msgid \"%s\")",
                                                c->where, type, owner_of (widget), source, text, msgid));
}

/* String properties that people read, wherever a widget has them. */
static const char *const visible_properties[] = {
  "label", "title", "subtitle", "description", "heading", "body", "placeholder-text",
  "tooltip-text", "primary-icon-tooltip-text", "secondary-icon-tooltip-text",
  "application-name", "comments", "developer-name", "copyright", "license",
  "translator-credits", "release-notes",
  NULL
};

static void
check_property (Collector  *c,
                GtkWidget  *widget,
                GObject    *object,
                const char *name)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), name);
  g_autofree char *value = NULL;

  if (pspec == NULL || pspec->value_type != G_TYPE_STRING || !(pspec->flags & G_PARAM_READABLE))
    return;
  g_object_get (object, name, &value, NULL);
  check_string (c, widget, G_OBJECT_TYPE_NAME (object), name, value);
}

static void
check_properties (Collector *c,
                  GtkWidget *widget,
                  GObject   *object)
{
  for (guint i = 0; visible_properties[i] != NULL; i++)
    check_property (c, widget, object, visible_properties[i]);
}

/* The labels of a menu and of its sections and submenus. */
static void
check_menu (Collector  *c,
            GtkWidget  *widget,
            GMenuModel *menu)
{
  int n = g_menu_model_get_n_items (menu);

  for (int i = 0; i < n; i++)
    {
      g_autofree char *label = NULL;
      g_autoptr(GMenuLinkIter) links = NULL;
      const char *link_name;
      GMenuModel *link;

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        check_string (c, widget, G_OBJECT_TYPE_NAME (widget), "menu item", label);

      links = g_menu_model_iterate_item_links (menu, i);
      while (g_menu_link_iter_get_next (links, &link_name, &link))
        {
          check_menu (c, widget, link);
          g_object_unref (link);
        }
    }
}

/* The strings of a list model a drop-down or combo row shows when opened. */
static void
check_string_items (Collector  *c,
                    GtkWidget  *widget,
                    GListModel *model)
{
  guint n;

  if (model == NULL)
    return;

  n = MIN (g_list_model_get_n_items (model), 500);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (GTK_IS_STRING_OBJECT (item))
        check_string (c, widget, G_OBJECT_TYPE_NAME (widget), "item",
                      gtk_string_object_get_string (GTK_STRING_OBJECT (item)));
    }
}

static void collect_widget (Collector *c,
                            GtkWidget *widget,
                            gboolean   force);

static void
check_widget (Collector *c,
              GtkWidget *widget)
{
  const char *type = G_OBJECT_TYPE_NAME (widget);

  g_hash_table_add (c->types, g_strdup (type));
  check_properties (c, widget, G_OBJECT (widget));

  if (gtk_widget_get_tooltip_markup (widget) != NULL)
    {
      g_autofree char *text = NULL;

      if (pango_parse_markup (gtk_widget_get_tooltip_markup (widget), -1, 0, NULL, &text, NULL, NULL))
        check_string (c, widget, type, "tooltip", text);
    }

  /* The text without markup and mnemonic, when it differs from the label. */
  if (GTK_IS_LABEL (widget) &&
      g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), gtk_label_get_label (GTK_LABEL (widget))) != 0)
    check_string (c, widget, type, "text", gtk_label_get_text (GTK_LABEL (widget)));
  else if (GTK_IS_PROGRESS_BAR (widget) && gtk_progress_bar_get_show_text (GTK_PROGRESS_BAR (widget)))
    check_string (c, widget, type, "text", gtk_progress_bar_get_text (GTK_PROGRESS_BAR (widget)));

  if (GTK_IS_STACK (widget))
    {
      g_autoptr(GListModel) pages = G_LIST_MODEL (gtk_stack_get_pages (GTK_STACK (widget)));

      for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
        {
          g_autoptr(GObject) page = g_list_model_get_item (pages, i);

          check_properties (c, widget, page);
        }
    }
  else if (ADW_IS_VIEW_STACK (widget))
    {
      g_autoptr(GListModel) pages = G_LIST_MODEL (adw_view_stack_get_pages (ADW_VIEW_STACK (widget)));

      for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
        {
          g_autoptr(GObject) page = g_list_model_get_item (pages, i);

          check_properties (c, widget, page);
        }
    }
  else if (GTK_IS_COLUMN_VIEW (widget))
    {
      GListModel *columns = gtk_column_view_get_columns (GTK_COLUMN_VIEW (widget));

      for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
        {
          g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

          if (gtk_column_view_column_get_visible (column))
            check_string (c, widget, type, "column title", gtk_column_view_column_get_title (column));
        }
    }
  else if (GTK_IS_DROP_DOWN (widget))
    check_string_items (c, widget, gtk_drop_down_get_model (GTK_DROP_DOWN (widget)));
  else if (ADW_IS_COMBO_ROW (widget))
    check_string_items (c, widget, adw_combo_row_get_model (ADW_COMBO_ROW (widget)));

  /* Menus and popovers, as they are when opened. */
  {
    GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (widget), "menu-model");

    if (pspec != NULL && g_type_is_a (pspec->value_type, G_TYPE_MENU_MODEL))
      {
        g_autoptr(GMenuModel) menu = NULL;

        g_object_get (widget, "menu-model", &menu, NULL);
        if (menu != NULL)
          check_menu (c, widget, menu);
      }
  }
  if (GTK_IS_MENU_BUTTON (widget))
    {
      GtkPopover *popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (widget));

      if (popover != NULL && !GTK_IS_POPOVER_MENU (popover) && !gtk_widget_get_visible (GTK_WIDGET (popover)))
        collect_widget (c, GTK_WIDGET (popover), TRUE);
    }
}

/* @widget and everything under it that is shown (or, with @force, would
 * be when @widget itself is shown). */
static void
collect_widget (Collector *c,
                GtkWidget *widget,
                gboolean   force)
{
  if (!force && !gtk_widget_get_visible (widget))
    return;

  check_widget (c, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_widget (c, child, FALSE);
}

/* Every window that is shown, as it is now. */
static void
collect (Collector  *c,
         const char *where)
{
  GList *toplevels = gtk_window_list_toplevels ();

  g_free (c->where);
  c->where = g_strdup (where);
  c->n_steps++;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (gtk_widget_get_visible (l->data))
      collect_widget (c, l->data, FALSE);
  g_list_free (toplevels);
}

/* A window that is not shown, as it will be when it is. */
static void
collect_hidden (Collector  *c,
                const char *where,
                GtkWidget  *window)
{
  g_free (c->where);
  c->where = g_strdup (where);
  c->n_steps++;
  collect_widget (c, window, TRUE);
}

static Collector *
collector_new (Catalogue *cat)
{
  Collector *c = g_new0 (Collector, 1);

  c->cat = cat;
  c->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  c->leaks = g_ptr_array_new_with_free_func (g_free);
  c->strings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  c->types = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return c;
}

static void
collector_free (Collector *c)
{
  g_hash_table_unref (c->seen);
  g_ptr_array_unref (c->leaks);
  g_hash_table_unref (c->strings);
  g_hash_table_unref (c->types);
  g_free (c->where);
  g_free (c);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Collector, collector_free)

/* ---- the main loop -------------------------------------------------------- */

static void
iterate (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

/* Lets idle steps, timeouts and lazily filled lists finish. */
static void
settle (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  iterate ();
  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  iterate ();
}

static void
wait_until_mapped (GtkWidget *widget)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!gtk_widget_get_mapped (widget))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static gpointer
template_child (gpointer    widget,
                GType       type,
                const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (child);
  return child;
}

/* ---- the traject ------------------------------------------------------------ */

typedef struct {
  char      *dir;
  char      *db_path;
  char      *po_path;
  gint64     traject_id;
  gint64     uitvraag_sessie_id;   /* the session with workbooks */
  GPtrArray *workbooks;            /* char *, for that session; the first one came back */
} Fixture;

static gint64
entity_id (gpointer entity)
{
  return tafel_entity_get_id (TAFEL_ENTITY (entity));
}

static TafelEis *
add_eis (TafelStore *store,
         gint64      traject_id,
         const char *hoofdstuk,
         gint64      deelproduct_id,
         const char *aspect,
         const char *tekst)
{
  g_autoptr(GError) error = NULL;
  TafelEis *eis = tafel_eis_new (traject_id);

  g_object_set (eis, "hoofdstuk", hoofdstuk, "aspect", aspect, "tekst", tekst, NULL);
  if (deelproduct_id != 0)
    g_object_set (eis, "deelproduct-id", deelproduct_id, NULL);
  g_assert_true (tafel_store_insert (store, eis, &error));
  g_assert_no_error (error);
  return eis;
}

/* The demo traject, with a decision from the medians, requirements (one
 * with a processed geeltje behind it), workbooks for the last session
 * and one of them returned. */
static void
make_traject (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelStore) store = tafel_store_open (f->db_path, &error);
  g_autoptr(TafelTraject) traject = NULL;
  g_autoptr(GPtrArray) sessies = NULL;
  g_autoptr(GPtrArray) deelproducten = NULL;
  g_autoptr(GPtrArray) geeltjes = NULL;
  GPtrArray *paths = NULL;
  g_autoptr(TafelEis) algemeen = NULL;
  g_autoptr(TafelEis) eis = NULL;
  g_autoptr(TafelUitvraagImport) import = NULL;
  g_autofree char *folder = g_build_filename (f->dir, "uitvraag", NULL);
  TafelGeeltje *geeltje = NULL;
  TafelDemoOptions options;
  gint64 decided = 0;
  gint64 inlevering_id = 0;

  g_assert_no_error (error);
  tafel_demo_options_init (&options);
  traject = tafel_demo_create (store, &options, &error);
  g_assert_no_error (error);
  f->traject_id = entity_id (traject);

  sessies = tafel_store_list (store, TAFEL_TYPE_SESSIE, f->traject_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sessies->len, >, 0);
  deelproducten = tafel_store_list (store, TAFEL_TYPE_DEELPRODUCT, f->traject_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (deelproducten->len, >, 0);

  /* The region's decision for the first deelproduct with proposals. */
  for (guint i = 0; i < deelproducten->len && decided == 0; i++)
    {
      if (tafel_besluit_take_median (store, g_ptr_array_index (deelproducten, i), 0, &error))
        decided = entity_id (g_ptr_array_index (deelproducten, i));
      g_clear_error (&error);
    }
  g_assert_cmpint (decided, !=, 0);

  /* Requirements; a geeltje of the decided deelproduct is processed into one. */
  algemeen = add_eis (store, f->traject_id, "algemeen", 0, "overig",
                      "De aanbieder werkt samen met het wijkteam van de gemeente.");
  eis = add_eis (store, f->traject_id, "deelproduct", decided, "doelgroepen",
                 "Jeugdigen van 0 tot 18 jaar en hun ouders.");
  geeltjes = tafel_store_list (store, TAFEL_TYPE_GEELTJE, f->traject_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < geeltjes->len && geeltje == NULL; i++)
    if (tafel_geeltje_get_deelproduct_id (g_ptr_array_index (geeltjes, i)) == decided)
      geeltje = g_ptr_array_index (geeltjes, i);
  if (geeltje != NULL)
    {
      gint64 eis_id = entity_id (eis);

      g_assert_true (tafel_geeltje_verwerk (store, geeltje, "verwerkt", &eis_id, 1, NULL, &error));
      g_assert_no_error (error);
    }

  /* Workbooks for the last session; the first one comes back. */
  f->uitvraag_sessie_id = entity_id (g_ptr_array_index (sessies, sessies->len - 1));
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  paths = tafel_uitvraag_export_all (store, f->traject_id, f->uitvraag_sessie_id, folder, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (paths->len, >, 1);
  f->workbooks = paths;
  import = tafel_uitvraag_import_read (store, f->traject_id, g_ptr_array_index (paths, 0), &error);
  g_assert_no_error (error);
  g_assert_true (tafel_uitvraag_import_apply (import, TRUE, &inlevering_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (inlevering_id, !=, 0);

  /* Two exports for the log of the Exporteren page: a concept, and a
   * final one without participants and with anonymous organisations. */
  {
    g_autofree char *concept = g_build_filename (f->dir, "concept.xlsx", NULL);
    g_autofree char *final = g_build_filename (f->dir, "definitief.xlsx", NULL);
    TafelPveOptions pve;

    g_assert_true (tafel_export_pve (store, f->traject_id, concept, &error));
    g_assert_no_error (error);
    tafel_pve_options_init (&pve);
    pve.final = TRUE;
    pve.anonymise = TRUE;
    pve.participants = FALSE;
    g_assert_true (tafel_export_pve_full (store, f->traject_id, final, &pve, NULL, &error));
    g_assert_no_error (error);
  }

  g_clear_pointer (&import, tafel_uitvraag_import_free);
  g_clear_object (&traject);
  g_clear_object (&algemeen);
  g_clear_object (&eis);
  g_clear_pointer (&sessies, g_ptr_array_unref);
  g_clear_pointer (&deelproducten, g_ptr_array_unref);
  g_clear_pointer (&geeltjes, g_ptr_array_unref);
  g_assert_finalize_object (g_steal_pointer (&store));
}

/* ---- the tour ----------------------------------------------------------------- */

typedef struct {
  Fixture     *f;
  Collector   *c;
  TafelWindow *window;    /* a reference, to see it finalized */
  gboolean     done;
} Tour;

/* The windows shown besides @main. */
static GPtrArray *
other_windows (GtkWindow *main)
{
  GList *toplevels = gtk_window_list_toplevels ();
  GPtrArray *windows = g_ptr_array_new ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (l->data != main && gtk_widget_get_visible (l->data))
      g_ptr_array_add (windows, l->data);
  g_list_free (toplevels);
  return windows;
}

static void
close_other_windows (GtkWindow *main)
{
  g_autoptr(GPtrArray) windows = other_windows (main);

  for (guint i = 0; i < windows->len; i++)
    gtk_window_destroy (g_ptr_array_index (windows, i));
  settle (50);
}

/* Runs @action on @widget, then looks at the window(s) it shows. */
static void
visit_window (Tour       *t,
              GtkWidget  *widget,
              const char *action,
              const char *where)
{
  g_autoptr(GPtrArray) windows = NULL;

  g_assert_true (gtk_widget_activate_action (widget, action, NULL));
  settle (200);
  windows = other_windows (GTK_WINDOW (t->window));
  g_assert_cmpuint (windows->len, >, 0);
  for (guint i = 0; i < windows->len; i++)
    wait_until_mapped (g_ptr_array_index (windows, i));
  settle (100);
  collect (t->c, where);
  close_other_windows (GTK_WINDOW (t->window));
}

static void
show_page (Tour             *t,
           TafelTrajectView *view,
           const char       *name)
{
  g_autofree char *where = g_strdup_printf ("page %s", name);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "traject.show-page", "s", name));
  settle (200);
  g_assert_true (gtk_widget_get_mapped (tafel_traject_view_get_page (view, name)));
  collect (t->c, where);
}

static void
tour_sessies (Tour             *t,
              TafelTrajectView *view)
{
  TafelSessiesPage *page = TAFEL_SESSIES_PAGE (tafel_traject_view_get_page (view, "sessies"));
  GtkListBox *list = tafel_sessies_page_get_list (page);
  GtkWidget *vraagblokken = tafel_sessies_page_get_vraagblokken_row (page);
  GtkListBoxRow *row;

  show_page (t, view, "sessies");
  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    {
      g_autofree char *where = g_strdup_printf ("page sessies, session %d", i + 1);

      g_signal_emit_by_name (list, "row-activated", row);
      settle (100);
      collect (t->c, where);
    }
  g_signal_emit_by_name (gtk_widget_get_parent (vraagblokken), "row-activated", vraagblokken);
  settle (100);
  g_assert_cmpstr (tafel_sessies_page_get_visible_content (page), ==, "vraagblokken");
  collect (t->c, "page sessies, question blocks");
}

static void
tour_deelnemers (Tour             *t,
                 TafelTrajectView *view)
{
  TafelDeelnemersPage *page = TAFEL_DEELNEMERS_PAGE (tafel_traject_view_get_page (view, "deelnemers"));
  GtkListBox *list = tafel_deelnemers_page_get_list (page);
  GtkWidget *organisaties = tafel_deelnemers_page_get_organisaties_row (page);
  GtkListBoxRow *row;

  show_page (t, view, "deelnemers");
  for (int i = 0; i < 3 && (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    {
      g_autofree char *where = g_strdup_printf ("page deelnemers, participant %d", i + 1);

      g_signal_emit_by_name (list, "row-activated", row);
      settle (100);
      collect (t->c, where);
    }
  g_signal_emit_by_name (gtk_widget_get_parent (organisaties), "row-activated", organisaties);
  settle (100);
  g_assert_cmpstr (tafel_deelnemers_page_get_visible_content (page), ==, "organisaties");
  collect (t->c, "page deelnemers, organisations");
}

/* The organisation and session of the first proposal of @deelproduct_id. */
static const char *
proposing_organisation (TafelTrajectModel *model,
                        gint64            *deelproduct_id)
{
  GListModel *intensiteiten = tafel_traject_model_get_list (model, TAFEL_TYPE_INTENSITEIT);

  for (guint i = 0; i < g_list_model_get_n_items (intensiteiten); i++)
    {
      g_autoptr(TafelIntensiteit) in = g_list_model_get_item (intensiteiten, i);
      gint64 org = tafel_intensiteit_get_organisatie_id (in);

      if (org != 0)
        {
          *deelproduct_id = tafel_intensiteit_get_deelproduct_id (in);
          return tafel_traject_model_lookup_name (model, TAFEL_TYPE_ORGANISATIE, org);
        }
    }
  return NULL;
}

static void
tour_voorstellen (Tour             *t,
                  TafelTrajectView *view)
{
  static const char *const views[] = { "invoer", "vergelijken", "besluit" };
  TafelVoorstellenPage *page = TAFEL_VOORSTELLEN_PAGE (tafel_traject_view_get_page (view, "voorstellen"));
  TafelTrajectModel *model = tafel_traject_view_get_model (view);
  TafelVoorstelLijst *lijst = tafel_voorstellen_page_get_lijst (page);
  GListModel *deelproducten = tafel_traject_model_get_list (model, TAFEL_TYPE_DEELPRODUCT);
  GtkEntry *org_entry = tafel_voorstel_keuze_get_organisation_entry (tafel_voorstellen_page_get_keuze (page));
  gint64 proposed = 0;
  const char *organisation = proposing_organisation (model, &proposed);

  g_assert_nonnull (organisation);
  show_page (t, view, "voorstellen");

  /* No organisation chosen yet. */
  g_assert_true (tafel_voorstel_lijst_select (lijst, proposed));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "voorstellen.show-view", "s", "invoer"));
  settle (100);
  collect (t->c, "page voorstellen, invoer without organisation");

  /* An organisation with proposals, every deelproduct in every view. */
  gtk_editable_set_text (GTK_EDITABLE (org_entry), organisation);
  g_signal_emit_by_name (org_entry, "activate");
  settle (100);
  g_assert_cmpint (tafel_voorstellen_page_get_organisatie_id (page), !=, 0);

  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "voorstellen.show-view", "s", views[v]));
      for (guint i = 0; i < g_list_model_get_n_items (deelproducten); i++)
        {
          g_autoptr(TafelDeelproduct) dp = g_list_model_get_item (deelproducten, i);
          g_autofree char *where = g_strdup_printf ("page voorstellen, %s, deelproduct %u", views[v], i + 1);

          if (!tafel_voorstel_lijst_select (lijst, entity_id (dp)))
            continue;
          settle (50);
          collect (t->c, where);
        }
    }
}

static void
tour_eisen (Tour             *t,
            TafelTrajectView *view)
{
  static const char *const views[] = { "eisen", "verwerken", "controle" };
  TafelEisenPage *page = TAFEL_EISEN_PAGE (tafel_traject_view_get_page (view, "eisen"));
  TafelTrajectModel *model = tafel_traject_view_get_model (view);
  GListModel *deelproducten = tafel_traject_model_get_list (model, TAFEL_TYPE_DEELPRODUCT);
  guint n = g_list_model_get_n_items (deelproducten);

  show_page (t, view, "eisen");
  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    for (guint i = 0; i < n + 2; i++)
      {
        g_autoptr(TafelDeelproduct) dp = i >= 2 ? g_list_model_get_item (deelproducten, i - 2) : NULL;
        const char *hoofdstuk = i == 0 ? "algemeen" : i == 1 ? "kwaliteit" : "deelproduct";
        g_autofree char *where = NULL;

        if (!tafel_eisen_page_select_chapter (page, hoofdstuk, dp ? entity_id (dp) : 0))
          continue;
        tafel_eisen_page_set_view (page, views[v]);
        settle (50);
        g_assert_cmpstr (tafel_eisen_page_get_view (page), ==, views[v]);
        where = g_strdup_printf ("page eisen, %s, chapter %u", views[v], i + 1);
        collect (t->c, where);
      }
}

/* Runs the idle steps of the Uitvraag page (reading, writing) to their end. */
static void
finish_uitvraag_steps (TafelUitvraagPage *page)
{
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (tafel_uitvraag_page_is_busy (page))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
    }
  settle (100);
}

static void
tour_uitvraag (Tour             *t,
               TafelTrajectView *view)
{
  TafelUitvraagPage *page = TAFEL_UITVRAAG_PAGE (tafel_traject_view_get_page (view, "uitvraag"));
  TafelTrajectModel *model = tafel_traject_view_get_model (view);
  GListModel *sessies = tafel_traject_model_get_list (model, TAFEL_TYPE_SESSIE);

  show_page (t, view, "uitvraag");
  g_assert_true (tafel_uitvraag_page_set_sessie_id (page, t->f->uitvraag_sessie_id));
  settle (200);
  g_assert_cmpuint (gtk_list_box_get_row_at_index (tafel_uitvraag_page_get_history (page), 0) != NULL, ==, TRUE);
  collect (t->c, "page uitvraag, session with a return");

  for (guint i = 0; i < g_list_model_get_n_items (sessies); i++)
    {
      g_autoptr(TafelSessie) sessie = g_list_model_get_item (sessies, i);
      g_autofree char *where = g_strdup_printf ("page uitvraag, session %u", i + 1);

      g_assert_true (tafel_uitvraag_page_set_sessie_id (page, entity_id (sessie)));
      settle (100);
      collect (t->c, where);
    }

  /* The preview of three files: a new return, the one already imported
   * and a file that is no workbook; then the import, its outcome and the
   * toast that offers Undo. */
  {
    g_autofree char *bad = g_build_filename (t->f->dir, "notities.xlsx", NULL);
    GList *files = NULL;
    AdwMessageDialog *preview;

    g_assert_true (g_file_set_contents (bad, "dit is geen werkmap", -1, NULL));
    files = g_list_append (files, g_file_new_for_path (g_ptr_array_index (t->f->workbooks, 1)));
    files = g_list_append (files, g_file_new_for_path (g_ptr_array_index (t->f->workbooks, 0)));
    files = g_list_append (files, g_file_new_for_path (bad));
    tafel_uitvraag_page_import_files (page, files);
    g_list_free_full (files, g_object_unref);
    finish_uitvraag_steps (page);

    preview = tafel_uitvraag_page_get_preview (page);
    g_assert_nonnull (preview);
    wait_until_mapped (GTK_WIDGET (preview));
    settle (100);
    collect (t->c, "uitvraag import preview");
    check_string (t->c, GTK_WIDGET (preview), "AdwMessageDialog", "import response",
                  adw_message_dialog_get_response_label (preview, "import"));
    check_string (t->c, GTK_WIDGET (preview), "AdwMessageDialog", "cancel response",
                  adw_message_dialog_get_response_label (preview, "cancel"));

    adw_message_dialog_response (preview, "import");
    finish_uitvraag_steps (page);
    g_assert_null (tafel_uitvraag_page_get_preview (page));
    collect (t->c, "page uitvraag, after an import");
  }
}

/* Up to @max choice cells under @widget that are on screen. */
static void
find_choice_cells (GtkWidget *widget,
                   GPtrArray *cells,
                   guint      max)
{
  if (cells->len >= max || !gtk_widget_get_mapped (widget))
    return;
  if (TAFEL_IS_CHOICE_CELL (widget))
    {
      g_ptr_array_add (cells, widget);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    find_choice_cells (child, cells, max);
}

/* The Geeltjes page, and the dialog that links the selected sticky note
 * to a requirement. */
static void
tour_geeltjes (Tour             *t,
               TafelTrajectView *view)
{
  TafelGeeltjesPage *page = TAFEL_GEELTJES_PAGE (tafel_traject_view_get_page (view, "geeltjes"));
  TafelGeeltjesList *list = tafel_geeltjes_page_get_list (page);
  GtkSelectionModel *selection = gtk_column_view_get_model (tafel_geeltjes_list_get_column_view (list));

  g_autoptr(GPtrArray) cells = g_ptr_array_new ();

  show_page (t, view, "geeltjes");
  g_assert_true (gtk_selection_model_select_item (selection, 0, TRUE));
  settle (50);
  collect (t->c, "page geeltjes, a sticky note selected");

  /* The popovers of the choice cells (kind, status, …) of the first rows. */
  find_choice_cells (GTK_WIDGET (tafel_geeltjes_list_get_column_view (list)), cells, 8);
  g_assert_cmpuint (cells->len, >, 0);
  for (guint i = 0; i < cells->len; i++)
    {
      GtkPopover *popover = tafel_choice_cell_popup (g_ptr_array_index (cells, i));
      g_autofree char *where = g_strdup_printf ("page geeltjes, choice popover %u", i + 1);

      if (popover == NULL)
        continue;
      settle (100);
      collect (t->c, where);
      gtk_popover_popdown (popover);
      settle (50);
    }

  visit_window (t, GTK_WIDGET (list), "geeltjes.koppel", "link to requirement dialog");
}

static void
tour (Tour *t)
{
  TafelWindow *window = t->window;
  TafelTrajectView *view = template_child (window, TAFEL_TYPE_WINDOW, "traject_view");
  GApplication *app = g_application_get_default ();

  /* The list of trajecten. */
  settle (200);
  collect (t->c, "start page");
  visit_window (t, GTK_WIDGET (window), "win.new-traject", "new traject dialog");

  /* The traject and each of its pages, in the order of the switcher. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-traject", "x", t->f->traject_id));
  settle (200);
  g_assert_cmpint (tafel_window_get_traject_id (window), ==, t->f->traject_id);

  tour_sessies (t, view);
  show_page (t, view, "deelproducten");
  visit_window (t, tafel_traject_view_get_page (view, "deelproducten"), "deelproducten.edit-groups",
                "product groups dialog");
  tour_deelnemers (t, view);
  tour_geeltjes (t, view);
  tour_voorstellen (t, view);
  show_page (t, view, "tarieven");
  tour_eisen (t, view);
  show_page (t, view, "export");
  tour_uitvraag (t, view);

  visit_window (t, GTK_WIDGET (view), "traject.details", "traject details dialog");
  /* The shortcuts window as win.show-help-overlay would show it. It is
   * not shown: GTK 4.8 warns about a label of the page switcher of a
   * section that has several pages ("GtkLabel … reported min width -3"). */
  {
    GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));

    g_assert_nonnull (overlay);
    collect_hidden (t->c, "keyboard shortcuts", GTK_WIDGET (overlay));
  }
  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  settle (200);
  {
    g_autoptr(GPtrArray) windows = other_windows (GTK_WINDOW (window));

    g_assert_cmpuint (windows->len, ==, 1);
    wait_until_mapped (g_ptr_array_index (windows, 0));
    settle (100);
    collect (t->c, "about window");
    close_other_windows (GTK_WINDOW (window));
  }

  /* Back to the list, now with the traject opened last. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-start", NULL));
  settle (100);
  collect (t->c, "start page again");
}

static void
on_tour_cb (gpointer user_data)
{
  Tour *t = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (g_application_get_default ()));

  g_assert_cmpuint (g_list_length (windows), ==, 1);
  t->window = g_object_ref (windows->data);
  gtk_window_set_default_size (GTK_WINDOW (t->window), 1280, 960);
  wait_until_mapped (GTK_WIDGET (t->window));

  tour (t);
  t->done = TRUE;
  gtk_window_close (GTK_WINDOW (t->window));
}

static void
on_activate_cb (GApplication *app,
                Tour         *t)
{
  g_idle_add_once (on_tour_cb, t);
}

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  f->dir = tafel_test_make_tmpdir ();
  f->db_path = g_build_filename (f->dir, "ontwikkeltafel.db", NULL);
  f->po_path = g_test_build_filename (G_TEST_DIST, "..", "po", "nl.po", NULL);
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  tafel_test_use_english ();
  tafel_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->db_path);
  g_free (f->po_path);
  g_clear_pointer (&f->workbooks, g_ptr_array_unref);
}

/* The catalogue reading itself: forms, plurals, contexts, escapes, formats. */
static void
test_catalogue (Fixture      *f,
                gconstpointer data)
{
  static const char po[] =
    "msgid \"\"\nmsgstr \"\"\n\"Language: nl\\n\"\n\n"
    "#: a.c:1\nmsgid \"Sessions\"\nmsgstr \"Sessies\"\n\n"
    "msgid \"R_equirements\"\nmsgstr \"_Eisen\"\n\n"
    "msgid \"Status\"\nmsgstr \"Status\"\n\n"
    "msgctxt \"verb\"\nmsgid \"Export\"\nmsgstr \"Exporteren\"\n\n"
    "msgid \"\"\n\"Two \\\"quoted\\\"\\n\"\n\"lines\"\nmsgstr \"Twee \\\"geciteerde\\\"\\nregels\"\n\n"
    "#, c-format\nmsgid \"%d session\"\nmsgid_plural \"%d sessions\"\nmsgstr[0] \"%d sessie\"\nmsgstr[1] \"%d sessies\"\n\n"
    "#, c-format\nmsgid \"%s (%s)\"\nmsgstr \"%s (%s)\"\n\n"
    "#, fuzzy\nmsgid \"Close\"\nmsgstr \"Sluiten\"\n\n"
    "#~ msgid \"Old\"\n#~ msgstr \"Oud\"\n";
  g_autofree char *path = g_build_filename (f->dir, "test.po", NULL);
  g_autoptr(Catalogue) cat = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, po, -1, &error));
  g_assert_no_error (error);
  cat = catalogue_load (path);

  g_assert_cmpuint (cat->n_entries, ==, 8);
  g_assert_cmpstr (catalogue_find_english (cat, "Sessions"), ==, "Sessions");
  g_assert_cmpstr (catalogue_find_english (cat, "  Sessions\n"), ==, "Sessions");
  g_assert_null (catalogue_find_english (cat, "Sessies"));
  g_assert_cmpstr (catalogue_find_english (cat, "R_equirements"), ==, "R_equirements");
  g_assert_cmpstr (catalogue_find_english (cat, "Requirements"), ==, "R_equirements");
  g_assert_null (catalogue_find_english (cat, "Eisen"));
  g_assert_null (catalogue_find_english (cat, "Status"));
  g_assert_cmpstr (catalogue_find_english (cat, "Export"), ==, "Export");
  g_assert_cmpstr (catalogue_find_english (cat, "Two \"quoted\"\nlines"), ==, "Two \"quoted\"\nlines");
  g_assert_null (catalogue_find_english (cat, "Twee \"geciteerde\"\nregels"));
  g_assert_cmpstr (catalogue_find_english (cat, "3 sessions"), ==, "%d session");
  g_assert_cmpstr (catalogue_find_english (cat, "1 session"), ==, "%d session");
  g_assert_null (catalogue_find_english (cat, "3 sessies"));
  g_assert_null (catalogue_find_english (cat, "Zorg BV (Utrecht)"));
  g_assert_cmpstr (catalogue_find_english (cat, "Close"), ==, "Close");   /* fuzzy: not translated */
  g_assert_null (catalogue_find_english (cat, "Old"));
  g_assert_null (catalogue_find_english (cat, "Jeugdhulp 2027"));

  /* Stored ids of the value lists, with their labels. */
  catalogue_add_choices (cat);
  g_assert_cmpstr (g_hash_table_lookup (cat->choice_ids, "deels_verwerkt"), ==, "Partly processed");
  g_assert_cmpstr (g_hash_table_lookup (cat->choice_ids, "uren_per_week"), ==, "hours per week");
  g_assert_null (g_hash_table_lookup (cat->choice_ids, "Open"));
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  return g_strcmp0 (*(char **) a, *(char **) b);
}

static void
test_every_page (Fixture      *f,
                 gconstpointer data)
{
  char *argv[] = { (char *) "test-dutch", NULL };
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(Catalogue) cat = NULL;
  g_autoptr(Collector) c = NULL;
  TafelApplication *app;
  Tour t = { f, NULL, NULL, FALSE };

  if (!tafel_test_use_dutch ())
    return;
  /* The UI (gi18n.h, GtkBuilder) translates in the default domain, as
   * tafel_i18n_init() sets it in main(). */
  textdomain (GETTEXT_PACKAGE);
  g_assert_cmpstr (_("Sessions"), ==, "Sessies");

  cat = catalogue_load (f->po_path);
  g_assert_cmpuint (cat->n_entries, >, 1000);
  catalogue_add_choices (cat);
  g_assert_cmpstr (g_hash_table_lookup (cat->choice_ids, "deels_verwerkt"), ==, "Deels verwerkt");
  c = collector_new (cat);
  t.c = c;

  make_traject (f);

  settings = g_settings_new (APPLICATION_ID);
  g_settings_set_int64 (settings, "last-traject", 0);

  app = tafel_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  tafel_application_set_db_path (app, f->db_path);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate_cb), &t);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 1, argv), ==, 0);
  iterate ();

  g_assert_true (t.done);
  g_assert_finalize_object (t.window);
  g_assert_finalize_object (app);

  g_test_message ("%u steps, %u widget types, %u distinct strings looked at",
                  c->n_steps, g_hash_table_size (c->types), g_hash_table_size (c->strings));
  /* With --verbose: every string, to read through for English that is
   * no msgid at all (a literal without _() shows up only here). */
  if (g_test_verbose ())
    {
      g_autofree gpointer *strings = g_hash_table_get_keys_as_array (c->strings, NULL);

      g_qsort_with_data (strings, g_hash_table_size (c->strings), sizeof (gpointer),
                         compare_strings, NULL);
      for (guint i = 0; strings[i] != NULL; i++)
        g_test_message ("Shown: %s", (char *) strings[i]);
    }
  for (guint i = 0; i < c->leaks->len; i++)
    g_test_message ("Untranslated on screen: %s", (char *) g_ptr_array_index (c->leaks, i));
  if (c->leaks->len > 0)
    g_test_fail_printf ("%u untranslated strings shown under a Dutch locale (listed above)", c->leaks->len);

  /* The walk saw the pages it was meant to see. */
  g_assert_true (g_hash_table_contains (c->strings, "Sessies"));
  g_assert_true (g_hash_table_contains (c->types, "TafelUitvraagPage"));
  g_assert_true (g_hash_table_contains (c->types, "GtkShortcutsWindow"));
  g_assert_true (g_hash_table_contains (c->types, "AdwAboutWindow"));
  /* Once a literal without _() in the about window's credits. */
  g_assert_true (g_hash_table_contains (c->strings, "De ontwikkelaars van Ontwikkeltafel"));
  g_assert_false (g_hash_table_contains (c->strings, "Ontwikkeltafel developers"));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add ("/dutch/catalogue", Fixture, NULL, fixture_setup, test_catalogue, fixture_teardown);
  g_test_add ("/dutch/every-page", Fixture, NULL, fixture_setup, test_every_page, fixture_teardown);

  return g_test_run ();
}
