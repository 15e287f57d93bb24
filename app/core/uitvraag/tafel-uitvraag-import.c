/* tafel-uitvraag-import.c: a returned workbook, read into a preview
 *
 * The file is matched by the hidden _meta sheet the workbook was made
 * with, never by its name. Reading stores nothing; see
 * tafel-uitvraag-apply.c for storing and undoing.
 */
#include "config.h"

#include <stdarg.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "tafel-deelnemer.h"
#include "tafel-error.h"
#include "tafel-functieprofiel.h"
#include "tafel-product.h"
#include "tafel-traject.h"
#include "tafel-uitvraag-import-private.h"
#include "tafel-uitvraag-layout.h"

/* ---- errors --------------------------------------------------------- */

static void
free_fout (gpointer data)
{
  TafelImportFout *fout = data;

  g_free (fout->sheet);
  g_free (fout->message);
  g_free (fout);
}

void
_tafel_import_add_error (TafelUitvraagImport *self,
                         const char          *sheet,
                         guint                row,
                         guint                col,
                         const char          *format,
                         ...)
{
  TafelImportFout *fout = g_new0 (TafelImportFout, 1);
  va_list args;

  va_start (args, format);
  fout->message = g_strdup_vprintf (format, args);
  va_end (args);
  fout->sheet = g_strdup (sheet);
  fout->row = row;
  fout->col = col;
  g_ptr_array_add (self->errors, fout);
}

/* ---- life cycle ----------------------------------------------------- */

static void
clear_geeltje (gpointer data)
{
  ImportGeeltje *g = data;

  g_free (g->text);
  g_free (g->herkomst);
}

static void
clear_aanbod (gpointer data)
{
  ImportAanbod *a = data;

  g_free (a->title);
  g_free (a->description);
  g_free (a->fit_reason);
  g_free (a->herkomst);
}

static void
clear_intensiteit (gpointer data)
{
  ImportIntensiteit *v = data;

  g_free (v->toelichting);
  g_free (v->herkomst);
}

static void
clear_groep (gpointer data)
{
  g_free (((ImportGroep *) data)->herkomst);
}

static TafelUitvraagImport *
import_new (TafelStore *store,
            gint64      traject_id,
            const char *path)
{
  TafelUitvraagImport *self = g_new0 (TafelUitvraagImport, 1);

  self->store = g_object_ref (store);
  self->traject_id = traject_id;
  self->path = g_strdup (path);
  self->geeltjes = g_array_new (FALSE, TRUE, sizeof (ImportGeeltje));
  g_array_set_clear_func (self->geeltjes, clear_geeltje);
  self->aanbod = g_array_new (FALSE, TRUE, sizeof (ImportAanbod));
  g_array_set_clear_func (self->aanbod, clear_aanbod);
  self->intensiteit = g_array_new (FALSE, TRUE, sizeof (ImportIntensiteit));
  g_array_set_clear_func (self->intensiteit, clear_intensiteit);
  self->mixen = g_ptr_array_new_with_free_func (_tafel_import_free_mix);
  self->groepen = g_array_new (FALSE, TRUE, sizeof (ImportGroep));
  g_array_set_clear_func (self->groepen, clear_groep);
  self->errors = g_ptr_array_new_with_free_func (free_fout);
  self->advies = g_strdup ("");
  self->onderwerpen = g_strdup ("");
  self->vragen = g_strdup ("");
  self->gewijzigd = g_strdup ("");
  return self;
}

void
tafel_uitvraag_import_free (TafelUitvraagImport *self)
{
  if (self == NULL)
    return;
  g_object_unref (self->store);
  g_free (self->path);
  g_free (self->sha256);
  g_free (self->inhoud);
  g_free (self->gewijzigd);
  g_free (self->sessie_name);
  g_free (self->organisatie_name);
  g_free (self->vervangt_when);
  g_free (self->vervangt_file);
  g_array_unref (self->geeltjes);
  g_array_unref (self->aanbod);
  g_array_unref (self->intensiteit);
  g_ptr_array_unref (self->mixen);
  g_array_unref (self->groepen);
  g_free (self->advies);
  g_free (self->onderwerpen);
  g_free (self->vragen);
  g_ptr_array_unref (self->errors);
  g_free (self);
}

/* ---- matching the file to the traject ------------------------------- */

static const char *
meta_value (TafelXlsxReadSheet *meta,
            const char     *key)
{
  guint32 n_rows = tafel_xlsx_sheet_get_n_rows (meta);

  for (guint32 row = 1; row <= n_rows; row++)
    if (g_str_equal (tafel_xlsx_sheet_get_text (meta, row, 1), key))
      return tafel_xlsx_sheet_get_text (meta, row, 2);
  return "";
}

static gint64
parse_id (const char *text)
{
  char *end;
  gint64 id;

  if (text == NULL || *text == '\0')
    return 0;
  id = g_ascii_strtoll (text, &end, 10);
  return (*end == '\0' && id > 0) ? id : -1;
}

static gboolean
not_uitvraag (const char *basename,
              GError    **error)
{
  g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_IMPORT,
               _("“%s” is not an uitvraag workbook of Ontwikkeltafel: its hidden sheet with the traject, session and organisation is missing or damaged. Send the provider a new workbook."),
               basename);
  return FALSE;
}

/* Reads _meta: the traject must be this one, the session must exist. */
static gboolean
match_meta (TafelUitvraagImport *self,
            TafelXlsxBook       *book,
            const char          *basename,
            GError             **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(TafelTraject) traject = NULL;
  g_autoptr(TafelSessie) sessie = NULL;
  TafelXlsxReadSheet *meta;
  gint64 version, traject_id, sessie_id;

  meta = tafel_xlsx_book_get_sheet (book, TAFEL_UITVRAAG_SHEET_META, NULL);
  if (meta == NULL || !g_str_equal (meta_value (meta, TAFEL_UITVRAAG_META_FORMAT), TAFEL_UITVRAAG_FORMAT))
    return not_uitvraag (basename, error);

  version = parse_id (meta_value (meta, TAFEL_UITVRAAG_META_VERSION));
  if (version <= 0)
    return not_uitvraag (basename, error);
  if (version > TAFEL_UITVRAAG_VERSION)
    {
      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_IMPORT,
                   _("“%s” was made by a newer version of Ontwikkeltafel (workbook version %d). Update the app to read it."),
                   basename, (int) MIN (version, G_MAXINT));
      return FALSE;
    }

  traject = tafel_store_get (self->store, TAFEL_TYPE_TRAJECT, self->traject_id, error);
  if (traject == NULL)
    return FALSE;
  traject_id = parse_id (meta_value (meta, TAFEL_UITVRAAG_META_TRAJECT));
  if (traject_id != self->traject_id)
    {
      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_IMPORT,
                   _("“%s” belongs to the traject “%s”, not to “%s”. Open that traject to import it."),
                   basename, meta_value (meta, TAFEL_UITVRAAG_META_TRAJECT_NAAM),
                   tafel_traject_get_name (traject));
      return FALSE;
    }

  sessie_id = parse_id (meta_value (meta, TAFEL_UITVRAAG_META_SESSIE));
  if (sessie_id > 0)
    sessie = tafel_store_get (self->store, TAFEL_TYPE_SESSIE, sessie_id, &local_error);
  if (sessie == NULL || tafel_entity_get_traject_id (TAFEL_ENTITY (sessie)) != self->traject_id)
    {
      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_IMPORT,
                   _("“%s” is for the session “%s”, which is no longer in this traject."),
                   basename, meta_value (meta, TAFEL_UITVRAAG_META_SESSIE_NAAM));
      return FALSE;
    }
  self->sessie_id = sessie_id;
  self->sessie_name = g_strdup (tafel_sessie_get_name (sessie));

  return TRUE;
}

/* The organisation the workbook was made for, or the one a provider wrote
 * into a blank workbook (created when the import is stored). */
static gboolean
match_organisatie (TafelUitvraagImport *self,
                   TafelXlsxBook       *book,
                   const char          *basename,
                   GError             **error)
{
  TafelXlsxReadSheet *meta = tafel_xlsx_book_get_sheet (book, TAFEL_UITVRAAG_SHEET_META, NULL);
  gint64 organisatie_id = parse_id (meta_value (meta, TAFEL_UITVRAAG_META_ORGANISATIE));
  g_autoptr(GPtrArray) organisaties = NULL;
  g_autoptr(GPtrArray) uitvragen = NULL;
  const char *sleutel = meta_value (meta, TAFEL_UITVRAAG_META_SLEUTEL);

  organisaties = tafel_store_list (self->store, TAFEL_TYPE_ORGANISATIE, self->traject_id, error);
  if (organisaties == NULL)
    return FALSE;

  if (organisatie_id > 0)
    {
      for (guint i = 0; i < organisaties->len; i++)
        if (tafel_entity_get_id (organisaties->pdata[i]) == organisatie_id)
          {
            self->organisatie_id = organisatie_id;
            self->organisatie_name = g_strdup (tafel_organisatie_get_name (organisaties->pdata[i]));
          }
      if (self->organisatie_id == 0)
        {
          g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_IMPORT,
                       _("“%s” was made for the organisation “%s”, which is no longer in this traject."),
                       basename, meta_value (meta, TAFEL_UITVRAAG_META_ORG_NAAM));
          return FALSE;
        }
    }
  else
    {
      TafelXlsxReadSheet *instructie = tafel_xlsx_book_get_sheet (book, TAFEL_UITVRAAG_SHEET_INSTRUCTIE, NULL);
      g_autofree char *name = NULL;
      TafelOrganisatie *known;

      if (instructie != NULL)
        name = g_strstrip (g_strdup (tafel_xlsx_sheet_get_text (instructie, TAFEL_UITVRAAG_INSTRUCTIE_ORG_ROW + 1,
                                                                TAFEL_UITVRAAG_INSTRUCTIE_ORG_COL + 1)));
      if (name == NULL || *name == '\0' || g_utf8_strlen (name, -1) > 200 || !g_utf8_validate (name, -1, NULL))
        {
          g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_IMPORT,
                       _("“%s” does not say which organisation filled it in: the name in sheet %s, cell %c%u is empty or too long."),
                       basename, TAFEL_UITVRAAG_SHEET_INSTRUCTIE, 'A' + TAFEL_UITVRAAG_INSTRUCTIE_ORG_COL,
                       TAFEL_UITVRAAG_INSTRUCTIE_ORG_ROW + 1);
          return FALSE;
        }
      known = _tafel_import_find_by_name (organisaties, name);
      self->organisatie_id = known != NULL ? tafel_entity_get_id (TAFEL_ENTITY (known)) : 0;
      self->organisatie_name = g_strdup (known != NULL ? tafel_organisatie_get_name (known) : name);
    }

  uitvragen = tafel_store_list (self->store, TAFEL_TYPE_UITVRAAG, self->traject_id, error);
  if (uitvragen == NULL)
    return FALSE;
  for (guint i = 0; i < uitvragen->len; i++)
    if (g_str_equal (tafel_uitvraag_get_sleutel (uitvragen->pdata[i]), sleutel))
      self->uitvraag_id = tafel_entity_get_id (uitvragen->pdata[i]);

  return TRUE;
}

/* NEW, REPLACE (an active return of this organisation for this session)
 * or UNCHANGED (that return has the same file or the same content). */
gboolean
_tafel_import_decide_action (TafelUitvraagImport *self,
                             GError             **error)
{
  g_autoptr(GPtrArray) inleveringen = NULL;

  self->action = TAFEL_IMPORT_NEW;
  self->vervangt_id = 0;
  g_clear_pointer (&self->vervangt_when, g_free);
  g_clear_pointer (&self->vervangt_file, g_free);
  self->older_than_active = FALSE;
  if (self->organisatie_id == 0)
    return TRUE;

  inleveringen = tafel_store_list (self->store, TAFEL_TYPE_INLEVERING, self->traject_id, error);
  if (inleveringen == NULL)
    return FALSE;
  for (guint i = 0; i < inleveringen->len; i++)
    {
      TafelInlevering *in = inleveringen->pdata[i];

      if (tafel_inlevering_get_organisatie_id (in) != self->organisatie_id ||
          tafel_inlevering_get_sessie_id (in) != self->sessie_id ||
          !g_str_equal (tafel_inlevering_get_status (in), "actief"))
        continue;

      if (g_str_equal (tafel_inlevering_get_sha256 (in), self->sha256) ||
          g_str_equal (tafel_inlevering_get_inhoud (in), self->inhoud))
        self->action = TAFEL_IMPORT_UNCHANGED;
      else
        self->action = TAFEL_IMPORT_REPLACE;
      self->vervangt_id = tafel_entity_get_id (TAFEL_ENTITY (in));
      self->vervangt_when = g_strdup (tafel_inlevering_get_created_at (in));
      self->vervangt_file = g_path_get_basename (tafel_inlevering_get_bestand (in));
      self->older_than_active = *self->gewijzigd != '\0' &&
                                *tafel_entity_get_string (TAFEL_ENTITY (in), "gewijzigd") != '\0' &&
                                strcmp (self->gewijzigd, tafel_entity_get_string (TAFEL_ENTITY (in), "gewijzigd")) < 0;
    }
  return TRUE;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

/* A hash of what was read, in an order that does not depend on how the
 * provider sorted the rows, so that a re-saved or re-sorted copy with the
 * same answers counts as the same return. */
char *
_tafel_import_hash_content (TafelUitvraagImport *self)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);

  g_ptr_array_add (lines, g_strdup_printf ("o\x1f%s\x1fs%" G_GINT64_FORMAT, self->organisatie_name, self->sessie_id));
  for (guint i = 0; i < self->geeltjes->len; i++)
    {
      ImportGeeltje *g = &g_array_index (self->geeltjes, ImportGeeltje, i);
      g_ptr_array_add (lines, g_strdup_printf ("g\x1f%" G_GINT64_FORMAT "\x1f%s\x1f%s", g->deelproduct_id, g->kind, g->text));
    }
  for (guint i = 0; i < self->aanbod->len; i++)
    {
      ImportAanbod *a = &g_array_index (self->aanbod, ImportAanbod, i);
      g_ptr_array_add (lines, g_strdup_printf ("a\x1f%" G_GINT64_FORMAT "\x1f%s\x1f%s\x1f%s\x1f%s\x1f%s", a->deelproduct_id,
                                               a->title, a->description, a->fit, a->fit_reason, a->evidence));
    }
  for (guint i = 0; i < self->intensiteit->len; i++)
    {
      ImportIntensiteit *v = &g_array_index (self->intensiteit, ImportIntensiteit, i);
      g_ptr_array_add (lines, g_strdup_printf ("i\x1f%" G_GINT64_FORMAT "\x1f%s\x1f%" G_GINT64_FORMAT "\x1f%" G_GINT64_FORMAT "\x1f%s",
                                               v->deelproduct_id, v->niveau, v->uren, v->duur, v->toelichting));
    }
  for (guint i = 0; i < self->mixen->len; i++)
    {
      ImportMix *mix = self->mixen->pdata[i];

      for (guint j = 0; j < mix->lines->len; j++)
        {
          TafelMixInvoer *l = &g_array_index (mix->lines, TafelMixInvoer, j);
          g_ptr_array_add (lines, g_strdup_printf ("m\x1f%" G_GINT64_FORMAT "\x1f%" G_GINT64_FORMAT "\x1f%s\x1f%" G_GINT64_FORMAT "\x1f%s",
                                                   mix->deelproduct_id, l->functieprofiel_id,
                                                   l->opleidingsniveau ? l->opleidingsniveau : "",
                                                   l->aandeel, l->tijdsoort));
        }
    }
  for (guint i = 0; i < self->groepen->len; i++)
    {
      ImportGroep *g = &g_array_index (self->groepen, ImportGroep, i);
      GString *line = g_string_new ("r");

      g_string_append_printf (line, "\x1f%" G_GINT64_FORMAT, g->deelproduct_id);
      for (guint k = 0; k < TAFEL_N_GROEP; k++)
        g_string_append_printf (line, "\x1f%" G_GINT64_FORMAT, g->values[k]);
      g_ptr_array_add (lines, g_string_free (line, FALSE));
    }
  g_ptr_array_add (lines, g_strdup_printf ("v\x1f%s\x1f%s\x1f%s", self->advies, self->onderwerpen, self->vragen));

  g_ptr_array_sort (lines, compare_strings);
  for (guint i = 0; i < lines->len; i++)
    {
      g_checksum_update (sum, lines->pdata[i], -1);
      g_checksum_update (sum, (const guchar *) "\n", 1);
    }
  return g_strdup (g_checksum_get_string (sum));
}

/* ---- reading -------------------------------------------------------- */

static void
free_context (ImportContext *context)
{
  g_clear_pointer (&context->deelproducten, g_ptr_array_unref);
  g_clear_pointer (&context->functieprofielen, g_ptr_array_unref);
  g_clear_pointer (&context->deelproduct_by_id, g_hash_table_unref);
}

TafelUitvraagImport *
tafel_uitvraag_import_read (TafelStore  *store,
                            gint64       traject_id,
                            const char  *path,
                            GError     **error)
{
  g_autoptr(TafelUitvraagImport) self = NULL;
  g_autoptr(TafelXlsxBook) book = NULL;
  g_autofree char *basename = NULL;
  ImportContext context = { 0 };
  const char *modified;

  g_return_val_if_fail (TAFEL_IS_STORE (store), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  basename = g_path_get_basename (path);
  self = import_new (store, traject_id, path);

  book = tafel_xlsx_book_open (path, error);
  if (book == NULL)
    return NULL;
  /* the bytes the reader parsed: the file is read once */
  self->sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, tafel_xlsx_book_get_bytes (book));
  modified = tafel_xlsx_book_get_property (book, "modified");
  g_free (self->gewijzigd);
  self->gewijzigd = g_strdup (modified != NULL ? modified : "");

  if (!match_meta (self, book, basename, error) ||
      !match_organisatie (self, book, basename, error))
    return NULL;

  context.deelproducten = tafel_store_list (store, TAFEL_TYPE_DEELPRODUCT, traject_id, error);
  context.functieprofielen = tafel_store_list (store, TAFEL_TYPE_FUNCTIEPROFIEL, traject_id, error);
  if (context.deelproducten == NULL || context.functieprofielen == NULL)
    {
      free_context (&context);
      return NULL;
    }
  context.deelproduct_by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < context.deelproducten->len; i++)
    {
      gint64 id = tafel_entity_get_id (context.deelproducten->pdata[i]);

      g_hash_table_insert (context.deelproduct_by_id, g_memdup2 (&id, sizeof id), context.deelproducten->pdata[i]);
    }

  _tafel_import_read_sheets (self, book, &context);
  free_context (&context);

  self->inhoud = _tafel_import_hash_content (self);
  if (!_tafel_import_decide_action (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/* ---- the preview ---------------------------------------------------- */

const char *
tafel_uitvraag_import_get_path (TafelUitvraagImport *self)
{
  return self->path;
}

gint64
tafel_uitvraag_import_get_organisatie_id (TafelUitvraagImport *self)
{
  return self->organisatie_id;
}

const char *
tafel_uitvraag_import_get_organisatie_name (TafelUitvraagImport *self)
{
  return self->organisatie_name;
}

gint64
tafel_uitvraag_import_get_sessie_id (TafelUitvraagImport *self)
{
  return self->sessie_id;
}

const char *
tafel_uitvraag_import_get_sessie_name (TafelUitvraagImport *self)
{
  return self->sessie_name;
}

TafelImportAction
tafel_uitvraag_import_get_action (TafelUitvraagImport *self)
{
  return self->action;
}

guint
tafel_uitvraag_import_get_n_geeltjes (TafelUitvraagImport *self)
{
  return self->geeltjes->len;
}

guint
tafel_uitvraag_import_get_n_aanbod (TafelUitvraagImport *self)
{
  return self->aanbod->len;
}

guint
tafel_uitvraag_import_get_n_intensiteit (TafelUitvraagImport *self)
{
  return self->intensiteit->len;
}

guint
tafel_uitvraag_import_get_n_mix (TafelUitvraagImport *self)
{
  return self->mixen->len;
}

guint
tafel_uitvraag_import_get_n_groepen (TafelUitvraagImport *self)
{
  return self->groepen->len;
}

gboolean
tafel_uitvraag_import_has_advies (TafelUitvraagImport *self)
{
  return *self->advies != '\0' || *self->onderwerpen != '\0' || *self->vragen != '\0';
}

guint
tafel_uitvraag_import_get_n_errors (TafelUitvraagImport *self)
{
  return self->errors->len;
}

const TafelImportFout *
tafel_uitvraag_import_get_error (TafelUitvraagImport *self,
                                 guint                index)
{
  g_return_val_if_fail (index < self->errors->len, NULL);
  return self->errors->pdata[index];
}

/* "3 november 2026, 14:02" in local time, from a UTC timestamp. */
static char *
format_when (const char *utc)
{
  g_autoptr(GDateTime) when = utc ? g_date_time_new_from_iso8601 (utc, NULL) : NULL;
  g_autoptr(GDateTime) local = when ? g_date_time_to_local (when) : NULL;

  /* TRANSLATORS: a date and time as in "3 November 2026, 14:02" (g_date_time_format) */
  return local ? g_date_time_format (local, _("%-d %B %Y, %H:%M")) : g_strdup (utc ? utc : "");
}

GPtrArray *
tafel_uitvraag_import_describe (TafelUitvraagImport *self)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *when = NULL;

  if (self->organisatie_id == 0)
    g_ptr_array_add (lines, g_strdup_printf (_("The organisation “%s” is new and will be added."),
                                             self->organisatie_name));
  switch (self->action)
    {
    case TAFEL_IMPORT_UNCHANGED:
      when = format_when (self->vervangt_when);
      g_ptr_array_add (lines, g_strdup_printf (_("Nothing changes: this return was imported on %s already (%s)."),
                                               when, self->vervangt_file));
      return lines;
    case TAFEL_IMPORT_REPLACE:
      when = format_when (self->vervangt_when);
      g_ptr_array_add (lines, g_strdup_printf (_("Replaces the return imported on %s (%s); that one stays in the history."),
                                               when, self->vervangt_file));
      if (self->older_than_active)
        g_ptr_array_add (lines, g_strdup (_("Careful: this file was saved before the return it replaces.")));
      break;
    case TAFEL_IMPORT_NEW:
    default:
      break;
    }

  if (self->geeltjes->len > 0)
    g_ptr_array_add (lines, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u suggestion becomes a sticky note",
                                                          "%u suggestions become sticky notes", self->geeltjes->len),
                                             self->geeltjes->len));
  if (self->aanbod->len > 0)
    g_ptr_array_add (lines, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u offering", "%u offerings",
                                                          self->aanbod->len), self->aanbod->len));
  if (self->intensiteit->len > 0)
    g_ptr_array_add (lines, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u proposal for intensity and duration",
                                                          "%u proposals for intensity and duration",
                                                          self->intensiteit->len), self->intensiteit->len));
  if (self->mixen->len > 0)
    g_ptr_array_add (lines, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "a function mix for %u deelproduct",
                                                          "a function mix for %u deelproducten", self->mixen->len),
                                             self->mixen->len));
  if (self->groepen->len > 0)
    g_ptr_array_add (lines, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "group parameters for %u deelproduct",
                                                          "group parameters for %u deelproducten", self->groepen->len),
                                             self->groepen->len));
  if (tafel_uitvraag_import_has_advies (self))
    g_ptr_array_add (lines, g_strdup (_("advice for the next session")));
  if (self->geeltjes->len + self->aanbod->len + self->intensiteit->len + self->mixen->len +
      self->groepen->len == 0 && !tafel_uitvraag_import_has_advies (self))
    g_ptr_array_add (lines, g_strdup (_("Nothing was filled in.")));
  if (self->errors->len > 0)
    g_ptr_array_add (lines, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u error: that row is left out",
                                                          "%u errors: those rows are left out", self->errors->len),
                                             self->errors->len));
  return lines;
}
