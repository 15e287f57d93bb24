/* tafel-uitvraag-export.c: the workbooks providers fill in between sessions
 *
 * Sheets, in this order (tafel-uitvraag-layout.h): Instructie (for whom,
 * the deadline, what to fill in and how), the six data sheets of
 * tafel-uitvraag-export-sheets.c, then Lijsten (the values of the
 * drop-down lists) and _meta (traject, session, organisation, key and
 * template version), both hidden and protected; the first and the last
 * two are in tafel-uitvraag-export-instructie.c. Every visible sheet is
 * protected without a password: only the yellow input cells can be
 * changed, while sorting, filtering and sizing columns stay possible.
 *
 * A workbook made for an organisation is recorded as a TafelUitvraag, with
 * the random key written into _meta, once the file is complete; a blank
 * workbook gets a key of its own but is not recorded.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "tafel-error.h"
#include "tafel-inlevering.h"
#include "tafel-uitvraag-export-private.h"
#include "tafel-uitvraag-import.h"

/* The longest file name tafel_uitvraag_file_name() makes, without ".xlsx". */
#define FILE_STEM_MAX 120

/* ---- shared by the sheets ----------------------------------------------- */

TafelXlsxSheet *
_tafel_uitvraag_add_sheet (TafelUitvraagExport  *ex,
                           const char           *name,
                           const char           *title,
                           const char           *help,
                           const char *const    *header_msgids,
                           const double         *widths,
                           guint                 n_cols,
                           GError              **error)
{
  const char *headers[16];
  TafelXlsxSheet *sheet = tafel_xlsx_add_sheet (ex->xlsx, name, error);

  g_assert (n_cols <= G_N_ELEMENTS (headers));
  if (sheet == NULL)
    return NULL;

  for (guint col = 0; col < n_cols; col++)
    {
      double width = widths[col];

      headers[col] = _(header_msgids[col]);
      if (width > 0)
        width = MAX (width, g_utf8_strlen (headers[col], -1) * 1.1 + 3.5);
      tafel_xlsx_set_width (sheet, col, width);
    }

  tafel_xlsx_title (sheet, 0, 0, title, FALSE);
  tafel_xlsx_note (sheet, 1, 0, help);
  tafel_xlsx_header (sheet, TAFEL_UITVRAAG_HEADER_ROW, headers, n_cols);

  if (!tafel_xlsx_check (ex->xlsx, error))
    return NULL;
  return sheet;
}

gboolean
_tafel_uitvraag_finish_sheet (TafelUitvraagExport  *ex,
                              TafelXlsxSheet       *sheet,
                              guint32               last_row,
                              guint16               n_cols,
                              gboolean              filter,
                              GError              **error)
{
  if (filter)
    tafel_xlsx_table (sheet, TAFEL_UITVRAAG_HEADER_ROW, last_row, n_cols);
  else
    tafel_xlsx_freeze (sheet, TAFEL_UITVRAAG_HEADER_ROW);

  tafel_xlsx_print (sheet, ex->footer);
  tafel_xlsx_print_header (sheet, _("Uitvraag"));
  tafel_xlsx_protect (sheet);

  return tafel_xlsx_check (ex->xlsx, error);
}

void
_tafel_uitvraag_validate_list (TafelUitvraagExport *ex,
                               TafelXlsxSheet      *sheet,
                               guint32              first_row,
                               guint32              last_row,
                               guint16              col,
                               guint                lijst)
{
  lxw_data_validation dv = { 0 };
  g_autofree char *top = NULL;
  g_autofree char *bottom = NULL;
  g_autofree char *formula = NULL;
  guint n = ex->lijsten[lijst]->len;

  if (n == 0)
    return;

  top = tafel_xlsx_cell_ref (0, lijst, TRUE);
  bottom = tafel_xlsx_cell_ref (n - 1, lijst, TRUE);
  formula = g_strdup_printf ("=%s!%s:%s", TAFEL_UITVRAAG_SHEET_LIJSTEN, top, bottom);

  dv.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
  dv.value_formula = formula;
  dv.ignore_blank = LXW_VALIDATION_ON;
  dv.dropdown = LXW_VALIDATION_ON;
  dv.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
  dv.input_title = (char *) _("Choose from the list");
  dv.input_message = (char *) _("Click the arrow beside the cell and choose a value.");
  dv.error_title = (char *) _("Not in the list");
  dv.error_message = (char *) _("Choose one of the values in the list; the arrow beside the cell shows them.");
  tafel_xlsx_validate (sheet, first_row, last_row, col, &dv);
}

void
_tafel_uitvraag_validate_number (TafelXlsxSheet *sheet,
                                 guint32         first_row,
                                 guint32         last_row,
                                 guint16         col,
                                 int             minimum,
                                 int             maximum,
                                 const char     *title)
{
  lxw_data_validation dv = { 0 };
  /* Translators: the prompt of a number cell; use the decimal comma in the example */
  g_autofree char *prompt = g_strdup_printf (_("Enter a number from %d to %d, for example 2.5."), minimum, maximum);
  g_autofree char *alert = g_strdup_printf (_("Enter a number from %d to %d."), minimum, maximum);

  dv.validate = LXW_VALIDATION_TYPE_DECIMAL;
  dv.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
  dv.minimum_number = minimum;
  dv.maximum_number = maximum;
  dv.ignore_blank = LXW_VALIDATION_ON;
  dv.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
  dv.input_title = (char *) title;
  dv.input_message = prompt;
  dv.error_title = (char *) _("Not a valid number");
  dv.error_message = alert;
  tafel_xlsx_validate (sheet, first_row, last_row, col, &dv);
}

void
_tafel_uitvraag_validate_text (TafelXlsxSheet *sheet,
                               guint32         first_row,
                               guint32         last_row,
                               guint16         col)
{
  lxw_data_validation dv = { 0 };
  g_autofree char *alert = g_strdup_printf (_("Write at most %d characters in this cell."), TAFEL_UITVRAAG_TEXT_MAX);

  dv.validate = LXW_VALIDATION_TYPE_LENGTH;
  dv.criteria = LXW_VALIDATION_CRITERIA_LESS_THAN_OR_EQUAL_TO;
  dv.value_number = TAFEL_UITVRAAG_TEXT_MAX;
  dv.ignore_blank = LXW_VALIDATION_ON;
  dv.show_input = LXW_VALIDATION_OFF;
  dv.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
  dv.error_title = (char *) _("Text too long");
  dv.error_message = alert;
  tafel_xlsx_validate (sheet, first_row, last_row, col, &dv);
}

/* ---- the workbook ----------------------------------------------------------- */

static void
export_clear (TafelUitvraagExport *ex)
{
  tafel_xlsx_free (ex->xlsx);
  g_clear_object (&ex->traject);
  g_clear_object (&ex->sessie);
  g_clear_object (&ex->organisatie);
  g_clear_pointer (&ex->deelproducten, g_ptr_array_unref);
  g_clear_pointer (&ex->profielen, g_ptr_array_unref);
  for (guint i = 0; i < TAFEL_UITVRAAG_N_LIJSTEN; i++)
    g_clear_pointer (&ex->lijsten[i], g_ptr_array_unref);
  g_free (ex->sleutel);
  g_free (ex->footer);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TafelUitvraagExport, export_clear)

/* A row of the traject by id, or NULL with a message that names @where
 * (a file, or a folder when @folder). */
static gpointer
get_row (TafelStore  *store,
         GType        type,
         gint64       traject_id,
         gint64       id,
         const char  *where,
         gboolean     folder,
         GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *display = g_filename_display_name (where);
  g_autofree char *reason = NULL;
  TafelEntity *row = tafel_store_get (store, type, id, &local_error);

  if (row != NULL && type != TAFEL_TYPE_TRAJECT && tafel_entity_get_traject_id (row) != traject_id)
    {
      /* Translators: %s is "Session" or "Organisation", %d its id */
      reason = g_strdup_printf (_("%s %d is not part of this traject."),
                                _(tafel_entity_get_table (row)->label), (int) id);
      g_clear_object (&row);
    }
  else if (row == NULL)
    {
      reason = g_strdup (local_error->message);
    }

  if (row == NULL)
    {
      if (folder)
        g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_NOT_FOUND,
                     _("Could not write the uitvraag workbooks into “%s”: %s"), display, reason);
      else
        g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_NOT_FOUND,
                     _("Could not write the uitvraag workbook “%s”: %s"), display, reason);
    }

  return row;
}

static gboolean
load (TafelUitvraagExport  *ex,
      TafelStore           *store,
      gint64                traject_id,
      gint64                sessie_id,
      gint64                organisatie_id,
      const char           *path,
      GError              **error)
{
  ex->store = store;
  ex->traject = get_row (store, TAFEL_TYPE_TRAJECT, traject_id, traject_id, path, FALSE, error);
  if (ex->traject == NULL)
    return FALSE;
  ex->sessie = get_row (store, TAFEL_TYPE_SESSIE, traject_id, sessie_id, path, FALSE, error);
  if (ex->sessie == NULL)
    return FALSE;
  if (organisatie_id != 0)
    {
      ex->organisatie = get_row (store, TAFEL_TYPE_ORGANISATIE, traject_id, organisatie_id, path, FALSE, error);
      if (ex->organisatie == NULL)
        return FALSE;
    }

  ex->deelproducten = tafel_store_list (store, TAFEL_TYPE_DEELPRODUCT, traject_id, error);
  if (ex->deelproducten == NULL)
    return FALSE;
  ex->profielen = tafel_store_list (store, TAFEL_TYPE_FUNCTIEPROFIEL, traject_id, error);
  if (ex->profielen == NULL)
    return FALSE;

  _tafel_uitvraag_fill_lijsten (ex);
  ex->sleutel = g_uuid_string_random ();
  if (ex->organisatie != NULL)
    ex->footer = g_strdup_printf ("%s – %s", tafel_traject_get_name (ex->traject),
                                  tafel_organisatie_get_name (ex->organisatie));
  else
    ex->footer = g_strdup (tafel_traject_get_name (ex->traject));
  return TRUE;
}

static gboolean
write_workbook (TafelUitvraagExport  *ex,
                const char           *path,
                GError              **error)
{
  g_autofree char *title = NULL;
  g_autofree char *comments = NULL;
  TafelXlsxProperties props = { 0 };
  const char *perceel = tafel_traject_get_perceel (ex->traject);

  ex->xlsx = tafel_xlsx_new (path, FALSE, error);
  if (ex->xlsx == NULL)
    return FALSE;
  /* The middle of every page footer. */
  tafel_xlsx_set_version (ex->xlsx, tafel_sessie_get_name (ex->sessie));

  /* Translators: the title of an uitvraag workbook: traject – session */
  title = g_strdup_printf (_("Uitvraag %s – %s"), tafel_traject_get_name (ex->traject),
                           tafel_sessie_get_name (ex->sessie));
  /* Translators: the comments of an uitvraag workbook's properties; %d is a version number */
  comments = g_strdup_printf (_("Uitvraag template version %d, written by Ontwikkeltafel"),
                              TAFEL_UITVRAAG_VERSION);
  props.title = title;
  props.subject = perceel != NULL && *perceel != '\0' ? perceel : tafel_traject_get_name (ex->traject);
  props.company = tafel_traject_get_region (ex->traject);
  props.category = _("Uitvraag");
  props.keywords = TAFEL_UITVRAAG_FORMAT;
  props.comments = comments;

  return tafel_xlsx_set_properties (ex->xlsx, &props, error) &&
         _tafel_uitvraag_write_instructie (ex, error) &&
         _tafel_uitvraag_write_aanbod (ex, error) &&
         _tafel_uitvraag_write_suggesties (ex, error) &&
         _tafel_uitvraag_write_intensiteit (ex, error) &&
         _tafel_uitvraag_write_mix (ex, error) &&
         _tafel_uitvraag_write_groepen (ex, error) &&
         _tafel_uitvraag_write_advies (ex, error) &&
         _tafel_uitvraag_write_lijsten (ex, error) &&
         _tafel_uitvraag_write_meta (ex, error) &&
         tafel_xlsx_close (ex->xlsx, error);
}

/* The TafelUitvraag of a complete workbook. When it cannot be stored the
 * file goes too: a workbook whose key the traject does not know would be
 * refused when it comes back. */
static gboolean
record_uitvraag (TafelUitvraagExport  *ex,
                 const char           *path,
                 GError              **error)
{
  g_autoptr(TafelUitvraag) uitvraag = tafel_uitvraag_new (tafel_entity_get_id (TAFEL_ENTITY (ex->traject)));
  g_autoptr(GError) local_error = NULL;

  g_object_set (uitvraag,
                "sessie-id", tafel_entity_get_id (TAFEL_ENTITY (ex->sessie)),
                "organisatie-id", tafel_entity_get_id (TAFEL_ENTITY (ex->organisatie)),
                "sleutel", ex->sleutel,
                "bestand", path,
                "versie", (gint64) TAFEL_UITVRAAG_VERSION,
                NULL);

  if (!tafel_store_insert (ex->store, uitvraag, &local_error))
    {
      g_autofree char *display = g_filename_display_name (path);

      g_unlink (path);
      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_EXPORT,
                   _("“%s” could not be recorded in the traject, so it was removed again: %s"),
                   display, local_error->message);
      return FALSE;
    }

  return TRUE;
}

/**
 * tafel_uitvraag_export:
 * @store: the store
 * @traject_id: the traject
 * @sessie_id: the session the workbook asks input for
 * @organisatie_id: the organisation it is for, or 0 for a blank workbook
 * @path: the file to write; an existing file is replaced only when the
 *   new one was written whole
 * @error: TAFEL_ERROR_NOT_FOUND for an unknown session or organisation,
 *   TAFEL_ERROR_EXPORT when the file could not be written (the message
 *   names the file and the folder), or a storage error
 *
 * Writes the uitvraag workbook and, for an organisation, records it as a
 * TafelUitvraag whose key is in the workbook's _meta sheet.
 */
gboolean
tafel_uitvraag_export (TafelStore  *store,
                       gint64       traject_id,
                       gint64       sessie_id,
                       gint64       organisatie_id,
                       const char  *path,
                       GError     **error)
{
  g_auto(TafelUitvraagExport) ex = { 0 };

  g_return_val_if_fail (TAFEL_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!load (&ex, store, traject_id, sessie_id, organisatie_id, path, error) ||
      !write_workbook (&ex, path, error))
    return FALSE;

  return ex.organisatie == NULL || record_uitvraag (&ex, path, error);
}

/* ---- one workbook per organisation ------------------------------------------ */

static gboolean
is_reserved_name (const char *stem)
{
  static const char *const reserved[] = { "CON", "PRN", "AUX", "NUL", NULL };
  g_autofree char *upper = g_ascii_strup (stem, -1);

  if (g_strv_contains (reserved, upper))
    return TRUE;
  return strlen (upper) == 4 && (g_str_has_prefix (upper, "COM") || g_str_has_prefix (upper, "LPT")) &&
         g_ascii_isdigit (upper[3]);
}

/* @text with what Windows, macOS and Linux refuse in a file name replaced
 * by "_", at most FILE_STEM_MAX characters, no dots or spaces at the ends. */
static char *
dup_file_stem (const char *text)
{
  GString *out = g_string_new (NULL);
  guint n = 0;

  for (const char *p = text; *p != '\0' && n < FILE_STEM_MAX; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        break;
      if (c < 0x20 || (c >= 0x7f && c < 0xa0) || (c < 0x80 && strchr ("/\\:*?\"<>|", (char) c) != NULL))
        g_string_append_c (out, '_');
      else
        g_string_append_unichar (out, c);
    }

  while (out->len > 0 && strchr (". ", out->str[out->len - 1]) != NULL)
    g_string_truncate (out, out->len - 1);
  while (out->len > 0 && strchr (". ", out->str[0]) != NULL)
    g_string_erase (out, 0, 1);

  if (out->len == 0)
    g_string_assign (out, "uitvraag");
  if (is_reserved_name (out->str))
    g_string_append_c (out, '_');

  return g_string_free (out, FALSE);
}

static char *
dup_raw_stem (const char *sessie_name,
              const char *organisatie_name)
{
  if (organisatie_name == NULL || *organisatie_name == '\0')
    return g_strdup (sessie_name != NULL ? sessie_name : "");
  return g_strdup_printf ("%s - %s", sessie_name != NULL ? sessie_name : "", organisatie_name);
}

/**
 * tafel_uitvraag_file_name:
 * @sessie_name: the session's name
 * @organisatie_name: (nullable): the organisation's name
 *
 * "Sessie 2 - Zorg_Welzijn.xlsx" for "Sessie 2" and "Zorg/Welzijn": the
 * characters / \ : * ? " < > | and control characters become "_", dots
 * and spaces at the ends go, and the name before ".xlsx" is at most 120
 * characters.
 */
char *
tafel_uitvraag_file_name (const char *sessie_name,
                          const char *organisatie_name)
{
  g_autofree char *raw = dup_raw_stem (sessie_name, organisatie_name);
  g_autofree char *stem = dup_file_stem (raw);

  return g_strconcat (stem, ".xlsx", NULL);
}

/* The file name for @organisation, with " (2)", " (3)" … when an earlier
 * one of this run took it (compared without case, as Windows and macOS
 * do). */
static char *
dup_unique_name (GHashTable *taken,
                 const char *sessie_name,
                 const char *organisatie_name)
{
  g_autofree char *raw = dup_raw_stem (sessie_name, organisatie_name);
  g_autofree char *stem = dup_file_stem (raw);

  for (guint i = 1;; i++)
    {
      g_autofree char *name = i == 1 ? g_strconcat (stem, ".xlsx", NULL)
                                     : g_strdup_printf ("%s (%u).xlsx", stem, i);
      char *key = g_utf8_casefold (name, -1);

      if (!g_hash_table_contains (taken, key))
        {
          g_hash_table_add (taken, key);
          return g_steal_pointer (&name);
        }
      g_free (key);
    }
}

/**
 * tafel_uitvraag_export_all:
 * @store: the store
 * @traject_id: the traject
 * @sessie_id: the session
 * @folder: an existing folder to write into
 * @progress: (nullable): called after each workbook; FALSE stops
 * @user_data: for @progress
 * @error: as tafel_uitvraag_export(), or G_IO_ERROR_CANCELLED when
 *   @progress stopped it (the workbooks written so far stay, recorded)
 *
 * Writes and records a workbook for every invited organisation of the
 * session (tafel_uitvraag_status_list()), in name order.
 *
 * Returns: (transfer full): the paths written, or NULL on error
 */
GPtrArray *
tafel_uitvraag_export_all (TafelStore            *store,
                           gint64                 traject_id,
                           gint64                 sessie_id,
                           const char            *folder,
                           TafelUitvraagProgress  progress,
                           gpointer               user_data,
                           GError               **error)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) regels = NULL;
  g_autoptr(GHashTable) taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(TafelSessie) sessie = NULL;
  g_autofree char *display = NULL;

  g_return_val_if_fail (TAFEL_IS_STORE (store), NULL);
  g_return_val_if_fail (folder != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  display = g_filename_display_name (folder);
  if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_EXPORT,
                   _("Could not write the uitvraag workbooks into “%s”: the folder does not exist."), display);
      return NULL;
    }

  sessie = get_row (store, TAFEL_TYPE_SESSIE, traject_id, sessie_id, folder, TRUE, error);
  if (sessie == NULL)
    return NULL;
  regels = tafel_uitvraag_status_list (store, traject_id, sessie_id, NULL, error);
  if (regels == NULL)
    return NULL;

  for (guint i = 0; i < regels->len; i++)
    {
      TafelUitvraagRegel *regel = g_ptr_array_index (regels, i);
      g_autofree char *name = dup_unique_name (taken, tafel_sessie_get_name (sessie), regel->organisatie);
      g_autofree char *path = g_build_filename (folder, name, NULL);

      if (!tafel_uitvraag_export (store, traject_id, sessie_id, regel->organisatie_id, path, error))
        return NULL;
      g_ptr_array_add (paths, g_steal_pointer (&path));

      if (progress != NULL && !progress (i + 1, regels->len, regel->organisatie, user_data) &&
          i + 1 < regels->len)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                       _("Stopped after %u of %u uitvraag workbooks; those written stay in “%s”."),
                       i + 1, regels->len, display);
          return NULL;
        }
    }

  return g_steal_pointer (&paths);
}
