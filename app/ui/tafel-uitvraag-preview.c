/* tafel-uitvraag-preview.c: the parts of the Uitvraag page around returns read in */
#include "config.h"

#include <glib/gi18n.h>

#include "tafel-error.h"
#include "tafel-inlevering.h"
#include "tafel-uitvraag-preview.h"

/* ---- one file ----------------------------------------------------------- */

TafelUitvraagBestand *
tafel_uitvraag_bestand_new (GFile *file)
{
  TafelUitvraagBestand *bestand;
  g_autofree char *base = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  bestand = g_new0 (TafelUitvraagBestand, 1);
  bestand->file = g_object_ref (file);
  base = g_file_get_basename (file);
  bestand->name = base ? g_filename_display_name (base) : g_file_get_uri (file);
  return bestand;
}

void
tafel_uitvraag_bestand_free (TafelUitvraagBestand *bestand)
{
  if (bestand == NULL)
    return;

  g_clear_object (&bestand->file);
  g_clear_pointer (&bestand->name, g_free);
  g_clear_pointer (&bestand->import, tafel_uitvraag_import_free);
  g_clear_error (&bestand->error);
  g_free (bestand);
}

void
tafel_uitvraag_bestand_read (TafelUitvraagBestand *bestand,
                             TafelTrajectModel    *model)
{
  g_autofree char *path = NULL;

  g_return_if_fail (bestand != NULL);
  g_return_if_fail (TAFEL_IS_TRAJECT_MODEL (model));

  if (bestand->import != NULL || bestand->error != NULL)
    return;

  path = g_file_get_path (bestand->file);
  if (path == NULL)
    {
      g_set_error (&bestand->error, TAFEL_ERROR, TAFEL_ERROR_IMPORT,
                   _("“%s” is not a file on this computer: copy it to a folder here first."), bestand->name);
      bestand->outcome = TAFEL_BESTAND_FAILED;
      return;
    }

  bestand->import = tafel_uitvraag_import_read (tafel_traject_model_get_store (model),
                                                tafel_traject_model_get_traject_id (model),
                                                path, &bestand->error);
  if (bestand->import == NULL)
    {
      /* The core always says why; be safe when it does not. */
      if (bestand->error == NULL)
        g_set_error (&bestand->error, TAFEL_ERROR, TAFEL_ERROR_IMPORT,
                     _("“%s” could not be read."), bestand->name);
      bestand->outcome = TAFEL_BESTAND_FAILED;
    }
}

/* Organisation and session of a return; a new organisation by its name. */
static char *
dup_key (TafelUitvraagImport *import)
{
  gint64 organisatie_id = tafel_uitvraag_import_get_organisatie_id (import);
  g_autofree char *name = NULL;

  if (organisatie_id != 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT,
                            tafel_uitvraag_import_get_sessie_id (import), organisatie_id);

  name = g_utf8_casefold (tafel_uitvraag_import_get_organisatie_name (import), -1);
  return g_strdup_printf ("%" G_GINT64_FORMAT ":new:%s", tafel_uitvraag_import_get_sessie_id (import), name);
}

void
tafel_uitvraag_bestanden_mark_superseded (GPtrArray *bestanden)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_return_if_fail (bestanden != NULL);

  /* From the last: the first one met of each key is the one imported. */
  for (guint i = bestanden->len; i > 0; i--)
    {
      TafelUitvraagBestand *bestand = g_ptr_array_index (bestanden, i - 1);
      char *key;

      if (bestand->import == NULL)
        continue;

      key = dup_key (bestand->import);
      if (g_hash_table_contains (seen, key))
        {
          bestand->superseded = TRUE;
          g_free (key);
        }
      else
        g_hash_table_add (seen, key);
    }
}

gboolean
tafel_uitvraag_bestand_has_errors (TafelUitvraagBestand *bestand)
{
  g_return_val_if_fail (bestand != NULL, FALSE);

  return bestand->import != NULL && tafel_uitvraag_import_get_n_errors (bestand->import) > 0;
}

gboolean
tafel_uitvraag_bestand_is_importable (TafelUitvraagBestand *bestand,
                                      gboolean              accept_errors)
{
  g_return_val_if_fail (bestand != NULL, FALSE);

  if (bestand->import == NULL || bestand->superseded || bestand->outcome != TAFEL_BESTAND_PENDING)
    return FALSE;
  if (tafel_uitvraag_import_get_action (bestand->import) == TAFEL_IMPORT_UNCHANGED)
    return FALSE;

  return accept_errors || !tafel_uitvraag_bestand_has_errors (bestand);
}

gboolean
tafel_uitvraag_bestand_apply (TafelUitvraagBestand *bestand,
                              gboolean              accept_errors)
{
  g_autoptr(GError) error = NULL;
  gboolean with_errors;
  gint64 id = 0;

  g_return_val_if_fail (bestand != NULL, FALSE);

  if (bestand->outcome != TAFEL_BESTAND_PENDING)
    return FALSE;
  if (bestand->import == NULL)
    {
      bestand->outcome = TAFEL_BESTAND_FAILED;
      return FALSE;
    }
  if (tafel_uitvraag_import_get_action (bestand->import) == TAFEL_IMPORT_UNCHANGED)
    {
      bestand->outcome = TAFEL_BESTAND_UNCHANGED;
      return FALSE;
    }

  with_errors = tafel_uitvraag_bestand_has_errors (bestand);
  if (bestand->superseded || (with_errors && !accept_errors))
    {
      bestand->outcome = TAFEL_BESTAND_SKIPPED;
      return FALSE;
    }

  if (!tafel_uitvraag_import_apply (bestand->import, with_errors, &id, &error))
    {
      bestand->outcome = TAFEL_BESTAND_FAILED;
      g_clear_error (&bestand->error);
      bestand->error = g_steal_pointer (&error);
      return FALSE;
    }

  bestand->outcome = id != 0 ? TAFEL_BESTAND_IMPORTED : TAFEL_BESTAND_UNCHANGED;
  bestand->inlevering_id = id;
  return id != 0;
}

char *
tafel_uitvraag_bestand_dup_outcome (TafelUitvraagBestand *bestand)
{
  guint n_errors;

  g_return_val_if_fail (bestand != NULL, NULL);

  n_errors = bestand->import ? tafel_uitvraag_import_get_n_errors (bestand->import) : 0;

  switch (bestand->outcome)
    {
    case TAFEL_BESTAND_IMPORTED:
      if (n_errors == 0)
        return g_strdup (_("Imported"));
      return g_strdup_printf (ngettext ("Imported without the %u row with an error",
                                        "Imported without the %u rows with errors", n_errors), n_errors);
    case TAFEL_BESTAND_UNCHANGED:
      return g_strdup (_("Already imported: nothing changed"));
    case TAFEL_BESTAND_SKIPPED:
      if (bestand->superseded)
        return g_strdup (_("Not imported: a later file of this selection is from the same organisation for the same session"));
      return g_strdup_printf (ngettext ("Not imported: it has %u error", "Not imported: it has %u errors", n_errors),
                              n_errors);
    case TAFEL_BESTAND_FAILED:
      return g_strdup_printf (_("Not imported: %s"), bestand->error ? bestand->error->message : "");
    case TAFEL_BESTAND_PENDING:
    default:
      return g_strdup (_("Not imported"));
    }
}

/* ---- the preview ---------------------------------------------------------- */

static GtkWidget *
new_label (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
new_pill (const char *text,
          const char *kind)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "tafel-uitvraag-pill");
  gtk_widget_add_css_class (label, kind);
  gtk_widget_set_halign (label, GTK_ALIGN_START);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  return label;
}

/* The action of a file as a pill: what the import would do with it. */
static GtkWidget *
new_action_pill (TafelUitvraagBestand *bestand)
{
  if (bestand->import == NULL)
    return new_pill (_("Cannot be read"), "te-laat");
  if (bestand->superseded)
    return new_pill (_("Skipped: a later file replaces it"), "niet-verstuurd");

  switch (tafel_uitvraag_import_get_action (bestand->import))
    {
    case TAFEL_IMPORT_UNCHANGED:
      return new_pill (_("Already imported"), "niet-verstuurd");
    case TAFEL_IMPORT_REPLACE:
      return new_pill (_("Replaces an earlier return"), "verstuurd");
    case TAFEL_IMPORT_NEW:
    default:
      return new_pill (_("New return"), "ingeleverd");
    }
}

static char *
dup_errors_text (TafelUitvraagImport *import)
{
  guint n = tafel_uitvraag_import_get_n_errors (import);
  guint shown = MIN (n, TAFEL_UITVRAAG_MAX_ERRORS_SHOWN);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < shown; i++)
    {
      const TafelImportFout *fout = tafel_uitvraag_import_get_error (import, i);

      g_string_append_printf (text, "%s• %s", i > 0 ? "\n" : "", fout->message);
    }
  if (n > shown)
    {
      g_string_append_c (text, '\n');
      g_string_append_printf (text, ngettext ("and %u more", "and %u more", n - shown), n - shown);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GtkWidget *
new_file_block (TafelUitvraagBestand *bestand)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *pills = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title = new_label (bestand->name, "heading");

  gtk_widget_add_css_class (box, "tafel-uitvraag-preview-file");
  gtk_label_set_selectable (GTK_LABEL (title), TRUE);
  gtk_box_append (GTK_BOX (box), title);

  gtk_box_append (GTK_BOX (pills), new_action_pill (bestand));
  if (tafel_uitvraag_bestand_has_errors (bestand))
    {
      guint n = tafel_uitvraag_import_get_n_errors (bestand->import);
      g_autofree char *count = g_strdup_printf (ngettext ("%u error", "%u errors", n), n);

      gtk_box_append (GTK_BOX (pills), new_pill (count, "met-fouten"));
    }
  gtk_box_append (GTK_BOX (box), pills);

  if (bestand->import == NULL)
    {
      GtkWidget *message = new_label (bestand->error ? bestand->error->message : "", NULL);

      gtk_label_set_selectable (GTK_LABEL (message), TRUE);
      gtk_box_append (GTK_BOX (box), message);
      return box;
    }

  {
    /* TRANSLATORS: organisation · session of a return in the import preview */
    g_autofree char *meta = g_strdup_printf (_("%s · %s"),
                                             tafel_uitvraag_import_get_organisatie_name (bestand->import),
                                             tafel_uitvraag_import_get_sessie_name (bestand->import));
    g_autoptr(GPtrArray) lines = tafel_uitvraag_import_describe (bestand->import);
    g_autoptr(GString) text = g_string_new (NULL);

    gtk_box_append (GTK_BOX (box), new_label (meta, "dim-label"));
    for (guint i = 0; i < lines->len; i++)
      g_string_append_printf (text, "%s• %s", i > 0 ? "\n" : "", (const char *) g_ptr_array_index (lines, i));
    if (text->len > 0)
      gtk_box_append (GTK_BOX (box), new_label (text->str, NULL));
  }

  if (tafel_uitvraag_bestand_has_errors (bestand))
    {
      g_autofree char *errors = dup_errors_text (bestand->import);
      GtkWidget *heading = new_label (_("Errors"), "caption-heading");
      GtkWidget *list = new_label (errors, NULL);

      gtk_label_set_selectable (GTK_LABEL (list), TRUE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Errors"), -1);
      gtk_box_append (GTK_BOX (box), heading);
      gtk_box_append (GTK_BOX (box), list);
    }

  return box;
}

typedef struct {
  AdwMessageDialog *dialog;    /* unowned: the data lives as long as the dialog */
  GPtrArray        *bestanden;
} PreviewData;

static void
preview_data_free (gpointer  data,
                   GClosure *closure)
{
  PreviewData *p = data;

  g_ptr_array_unref (p->bestanden);
  g_free (p);
}

static gboolean
any_importable (GPtrArray *bestanden,
                gboolean   accept_errors)
{
  for (guint i = 0; i < bestanden->len; i++)
    if (tafel_uitvraag_bestand_is_importable (g_ptr_array_index (bestanden, i), accept_errors))
      return TRUE;
  return FALSE;
}

static void
on_errors_toggled_cb (GtkCheckButton *check,
                      PreviewData    *p)
{
  adw_message_dialog_set_response_enabled (p->dialog, "import",
                                           any_importable (p->bestanden, gtk_check_button_get_active (check)));
}

AdwMessageDialog *
tafel_uitvraag_preview_new (GtkWidget       *parent,
                            GPtrArray       *bestanden,
                            GtkCheckButton **errors_check)
{
  GtkRoot *root = gtk_widget_get_root (parent);
  GtkWidget *dialog;
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *files = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *check;
  g_autofree char *body = NULL;
  guint n_errors = 0, n_unreadable = 0;
  PreviewData *p;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (bestanden != NULL, NULL);

  for (guint i = 0; i < bestanden->len; i++)
    {
      TafelUitvraagBestand *bestand = g_ptr_array_index (bestanden, i);

      if (bestand->import == NULL)
        n_unreadable++;
      else if (tafel_uitvraag_bestand_has_errors (bestand))
        n_errors++;
      if (i > 0)
        gtk_box_append (GTK_BOX (files), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
      gtk_box_append (GTK_BOX (files), new_file_block (bestand));
    }

  body = g_strdup_printf (ngettext ("%u file was read. Nothing is stored until you import.",
                                    "%u files were read. Nothing is stored until you import.",
                                    bestanden->len), bestanden->len);
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Import Returns?"), body);
  gtk_widget_add_css_class (dialog, "tafel-uitvraag-preview");

  gtk_accessible_update_property (GTK_ACCESSIBLE (files), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Files to import"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), files);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), MIN (bestanden->len * 120, 240));
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 420);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_box_append (GTK_BOX (content), scrolled);

  check = gtk_check_button_new_with_mnemonic (_("Also import files with _errors (only the valid rows)"));
  gtk_widget_set_visible (check, n_errors > 0);
  gtk_box_append (GTK_BOX (content), check);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), content);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "import", _("_Import"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "import", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "import");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "import", any_importable (bestanden, FALSE));

  p = g_new0 (PreviewData, 1);
  p->dialog = ADW_MESSAGE_DIALOG (dialog);
  p->bestanden = g_ptr_array_ref (bestanden);
  g_signal_connect_data (check, "toggled", G_CALLBACK (on_errors_toggled_cb), p, preview_data_free, 0);

  if (errors_check != NULL)
    *errors_check = GTK_CHECK_BUTTON (check);

  return ADW_MESSAGE_DIALOG (dialog);
}

GtkWidget *
tafel_uitvraag_result_row_new (TafelUitvraagBestand *bestand)
{
  g_autofree char *outcome = tafel_uitvraag_bestand_dup_outcome (bestand);
  g_autofree char *title = g_markup_escape_text (bestand->name, -1);
  g_autofree char *subtitle = g_markup_escape_text (outcome, -1);
  GtkWidget *row = adw_action_row_new ();
  const char *kind;
  const char *label;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_focusable (row, FALSE);

  switch (bestand->outcome)
    {
    case TAFEL_BESTAND_IMPORTED:
      kind = tafel_uitvraag_bestand_has_errors (bestand) ? "met-fouten" : "ingeleverd";
      label = _("Imported");
      break;
    case TAFEL_BESTAND_UNCHANGED:
      kind = "niet-verstuurd";
      label = _("Unchanged");
      break;
    case TAFEL_BESTAND_FAILED:
      kind = "te-laat";
      label = _("Failed");
      break;
    case TAFEL_BESTAND_SKIPPED:
    case TAFEL_BESTAND_PENDING:
    default:
      kind = "niet-verstuurd";
      label = _("Skipped");
      break;
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), new_pill (label, kind));

  return row;
}

/* ---- the history ------------------------------------------------------------ */

char *
tafel_uitvraag_format_when (const char *utc)
{
  g_autoptr(GDateTime) when = utc ? g_date_time_new_from_iso8601 (utc, NULL) : NULL;
  g_autoptr(GDateTime) local = when ? g_date_time_to_local (when) : NULL;

  if (local == NULL)
    return g_strdup (utc ? utc : "");

  /* TRANSLATORS: the date and time of an export, see strftime */
  return g_date_time_format (local, _("%-d %B %Y, %H:%M"));
}

/* A row of the expanded part: a small heading and a text to read or copy. */
static GtkWidget *
new_text_row (const char *heading,
              const char *text)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *label = new_label (text, NULL);

  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, heading, -1);
  gtk_box_append (GTK_BOX (box), new_label (heading, "caption-heading"));
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  return row;
}

static const char *
status_kind (const char *status)
{
  if (g_strcmp0 (status, "actief") == 0)
    return "ingeleverd";
  if (g_strcmp0 (status, "vervangen") == 0)
    return "verstuurd";
  return "niet-verstuurd";
}

GtkWidget *
tafel_uitvraag_history_row_new (TafelTrajectModel *model,
                                TafelInlevering   *inlevering)
{
  const char *bestand = tafel_inlevering_get_bestand (inlevering);
  const char *status = tafel_inlevering_get_status (inlevering);
  gint64 id = tafel_entity_get_id (TAFEL_ENTITY (inlevering));
  guint n_items = (guint) tafel_inlevering_get_n_items (inlevering);
  guint n_fouten = (guint) tafel_inlevering_get_n_fouten (inlevering);
  g_autofree char *base = bestand && *bestand ? g_path_get_basename (bestand) : g_strdup (_("(no file name)"));
  g_autofree char *when = tafel_uitvraag_format_when (tafel_inlevering_get_created_at (inlevering));
  g_autofree char *items = g_strdup_printf (ngettext ("%u item", "%u items", n_items), n_items);
  g_autofree char *fouten = g_strdup_printf (ngettext ("%u error", "%u errors", n_fouten), n_fouten);
  const char *organisatie = tafel_traject_model_lookup_name (model, TAFEL_TYPE_ORGANISATIE,
                                                             tafel_inlevering_get_organisatie_id (inlevering));
  TafelSessie *sessie = tafel_traject_model_lookup (model, TAFEL_TYPE_SESSIE, tafel_inlevering_get_sessie_id (inlevering));
  g_autofree char *plain = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_expander_row_new ();
  gint64 *boxed_id = g_new (gint64, 1);
  const struct {
    const char *heading;
    const char *text;
  } texts[] = {
    { _("Errors"), tafel_inlevering_get_fouten (inlevering) },
    { _("Most important advice"), tafel_inlevering_get_advies (inlevering) },
    { _("Topics for the next session"), tafel_inlevering_get_onderwerpen (inlevering) },
    { _("Questions for the next session"), tafel_inlevering_get_vragen (inlevering) },
    { _("File"), bestand },
  };

  /* TRANSLATORS: organisation · session · when imported · "12 items, 2 errors" */
  plain = g_strdup_printf (_("%s · %s · %s · %s, %s"),
                           *organisatie ? organisatie : _("Unknown organisation"),
                           sessie ? tafel_sessie_get_name (sessie) : _("No session"),
                           when, items, fouten);
  title = g_markup_escape_text (base, -1);
  subtitle = g_markup_escape_text (plain, -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);

  *boxed_id = id;
  g_object_set_data_full (G_OBJECT (row), "inlevering-id", boxed_id, g_free);

  adw_expander_row_add_action (ADW_EXPANDER_ROW (row),
                               new_pill (tafel_choice_label (tafel_inlevering_statussen, status), status_kind (status)));

  if (g_strcmp0 (status, "actief") == 0)
    {
      g_autofree char *name = g_strdup_printf (_("Undo the import of %s"), base);
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Undo"));

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "uitvraag.undo-inlevering");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", id);
      adw_expander_row_add_action (ADW_EXPANDER_ROW (row), button);
      g_object_set_data (G_OBJECT (row), "undo-button", button);
    }

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (texts[i].text != NULL && *texts[i].text != '\0')
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), new_text_row (texts[i].heading, texts[i].text));

  return row;
}

gint64
tafel_uitvraag_history_row_get_id (GtkListBoxRow *row)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "inlevering-id");

  return id ? *id : 0;
}

GtkWidget *
tafel_uitvraag_history_row_get_undo (GtkListBoxRow *row)
{
  return g_object_get_data (G_OBJECT (row), "undo-button");
}
