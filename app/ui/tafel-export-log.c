/* tafel-export-log.c: the parts of the Export page around one export */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "tafel-controle.h"
#include "tafel-error.h"
#include "tafel-export-log.h"
#include "tafel-export-page.h"
#include "tafel-ui-util.h"

static void
on_launch_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  GWeakRef *ref = user_data;
  g_autoptr(GtkWidget) widget = g_weak_ref_get (ref);
  g_autoptr(GError) error = NULL;

  g_weak_ref_clear (ref);
  g_free (ref);

  if (g_app_info_launch_default_for_uri_finish (result, &error))
    return;

  if (widget != NULL)
    {
      g_autoptr(GError) shown = g_error_new (TAFEL_ERROR, TAFEL_ERROR_IO,
                                             _("The workbook could not be opened: %s"), error->message);
      tafel_ui_toast_error (widget, shown);
    }
}

static void
on_open_clicked_cb (GtkButton *button,
                    gpointer   user_data)
{
  tafel_export_open_file (GTK_WIDGET (button), g_object_get_data (G_OBJECT (button), "path"));
}

static char *
format_date (const char *created_at)
{
  g_autoptr(GDateTime) utc = created_at ? g_date_time_new_from_iso8601 (created_at, NULL) : NULL;
  g_autoptr(GDateTime) local = NULL;

  if (utc == NULL)
    return g_strdup (created_at ? created_at : "");

  local = g_date_time_to_local (utc);
  /* TRANSLATORS: the date and time of an export, see strftime */
  return g_date_time_format (local, _("%-d %B %Y, %H:%M"));
}

typedef struct {
  GWeakRef  page;
  char     *path;
} OpenData;

static void
open_data_free (gpointer  data,
                GClosure *closure)
{
  OpenData *open = data;

  g_weak_ref_clear (&open->page);
  g_free (open->path);
  g_free (open);
}

static void
on_toast_open_cb (AdwToast *toast,
                  OpenData *open)
{
  g_autoptr(GtkWidget) page = g_weak_ref_get (&open->page);

  if (page != NULL)
    tafel_export_open_file (page, open->path);
}

/* Opens @path in the program that handles workbooks (a spreadsheet). */
void
tafel_export_open_file (GtkWidget  *widget,
                        const char *path)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *uri = NULL;
  g_autoptr(GdkAppLaunchContext) context = NULL;
  GWeakRef *ref;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (path != NULL);

  file = g_file_new_for_path (path);
  uri = g_file_get_uri (file);
  context = gdk_display_get_app_launch_context (gtk_widget_get_display (widget));
  ref = g_new0 (GWeakRef, 1);
  g_weak_ref_init (ref, widget);
  g_app_info_launch_default_for_uri_async (uri, G_APP_LAUNCH_CONTEXT (context), NULL, on_launch_done_cb, ref);
}

char *
tafel_export_log_describe (const char *opties)
{
  g_auto(GStrv) parts = g_strsplit (opties ? opties : "", ",", -1);
  g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *part = g_strstrip (parts[i]);

      if (*part == '\0')
        continue;
      if (g_str_equal (part, "anonymise"))
        g_ptr_array_add (shown, g_strdup (_("organisations anonymised")));
      else if (g_str_equal (part, "no-participants"))
        g_ptr_array_add (shown, g_strdup (_("without Deelnemers")));
      else
        g_ptr_array_add (shown, g_strdup (part));
    }

  if (shown->len == 0)
    return g_strdup (_("all sheets"));

  g_ptr_array_add (shown, NULL);
  return g_strjoinv (", ", (char **) shown->pdata);
}

/* Title: the version; subtitle: date · options · hash · file. */
GtkWidget *
tafel_export_log_row_new (TafelExportlog *log)
{
  const char *bestand = tafel_entity_get_string (TAFEL_ENTITY (log), "bestand");
  const char *sha = tafel_entity_get_string (TAFEL_ENTITY (log), "sha256");
  g_autofree char *date = format_date (tafel_entity_get_string (TAFEL_ENTITY (log), "created_at"));
  g_autofree char *options = tafel_export_log_describe (tafel_entity_get_string (TAFEL_ENTITY (log), "opties"));
  g_autofree char *base = bestand && *bestand ? g_path_get_basename (bestand) : g_strdup ("");
  g_autofree char *short_sha = g_strndup (sha ? sha : "", 8);
  g_autofree char *plain = g_strdup_printf ("%s · %s · %s · %s", date, options, short_sha, base);
  g_autofree char *title = g_markup_escape_text (tafel_exportlog_get_versie (log), -1);
  g_autofree char *subtitle = g_markup_escape_text (plain, -1);
  g_autofree char *tooltip = g_strdup_printf ("%s\nSHA-256 %s", bestand ? bestand : "", sha ? sha : "");
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_tooltip_text (row, tooltip);

  if (tafel_exportlog_is_definitief (log))
    {
      GtkWidget *label = gtk_label_new (_("Final"));

      gtk_widget_add_css_class (label, "success");
      gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }

  if (bestand != NULL && g_file_test (bestand, G_FILE_TEST_IS_REGULAR))
    {
      g_autofree char *open_label = g_strdup_printf (_("Open %s"), base);
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Open"));

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, open_label, -1);
      g_object_set_data_full (G_OBJECT (button), "path", g_strdup (bestand), g_free);
      g_signal_connect (button, "clicked", G_CALLBACK (on_open_clicked_cb), NULL);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
    }
  else
    gtk_widget_set_focusable (row, FALSE);

  return row;
}

char *
tafel_export_findings_text (GPtrArray *findings)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint shown = MIN (findings->len, TAFEL_EXPORT_MAX_FINDINGS);

  for (guint i = 0; i < shown; i++)
    {
      TafelBevinding *b = g_ptr_array_index (findings, i);

      g_string_append_printf (text, "%s• %s", i > 0 ? "\n" : "", b->melding);
    }

  if (findings->len > shown)
    {
      guint rest = findings->len - shown;

      g_string_append_c (text, '\n');
      g_string_append_printf (text, ngettext ("and %u more", "and %u more", rest), rest);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

AdwMessageDialog *
tafel_export_confirm_final_new (GtkWidget *parent,
                                GPtrArray *findings)
{
  GtkRoot *root = gtk_widget_get_root (parent);
  g_autofree char *body = g_strdup_printf (ngettext ("The checks found %u point that is still open. A final version should not have any.",
                                                     "The checks found %u points that are still open. A final version should not have any.",
                                                     findings->len), findings->len);
  g_autofree char *list = tafel_export_findings_text (findings);
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              _("Export as Final With Open Findings?"), body);
  GtkWidget *label = gtk_label_new (list);
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Open findings"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), label);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "export", _("_Export as Final Anyway"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "export", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  return ADW_MESSAGE_DIALOG (dialog);
}

/* "Programma van Eisen saved", with a button that opens @path. */
void
tafel_export_show_saved_toast (GtkWidget  *widget,
                               const char *path)
{
  AdwToastOverlay *overlay = tafel_ui_find_toast_overlay (widget);
  OpenData *open;
  AdwToast *toast;

  if (overlay == NULL)
    {
      g_message ("%s", _("Programma van Eisen saved"));
      return;
    }

  open = g_new0 (OpenData, 1);
  g_weak_ref_init (&open->page, widget);
  open->path = g_strdup (path);

  toast = adw_toast_new (_("Programma van Eisen saved"));
  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_timeout (toast, 8);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_toast_open_cb), open, open_data_free, 0);
  adw_toast_overlay_add_toast (overlay, toast);
}

char *
tafel_export_default_file_name (const char *traject_name,
                                GDateTime  *date)
{
  g_autofree char *day = g_date_time_format (date, "%Y-%m-%d");
  g_autoptr(GString) name = g_string_new (NULL);
  g_autofree char *clean = NULL;

  for (const char *p = traject_name ? traject_name : ""; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x20 || c == 0x7f || (c < 0x80 && strchr ("/\\:*?\"<>|", (int) c) != NULL))
        g_string_append_c (name, '-');
      else
        g_string_append_unichar (name, c);
    }

  /* Windows refuses names that end in a dot or a space. */
  clean = g_strstrip (g_string_free (g_steal_pointer (&name), FALSE));
  while (*clean != '\0' && clean[strlen (clean) - 1] == '.')
    clean[strlen (clean) - 1] = '\0';
  g_strstrip (clean);

  if (*clean == '\0')
    return g_strdup_printf ("PvE %s.xlsx", day);

  return g_strdup_printf ("PvE %s %s.xlsx", clean, day);
}

char *
tafel_export_ensure_xlsx (const char *path)
{
  g_return_val_if_fail (path != NULL, NULL);

  if (strlen (path) >= 5 && g_ascii_strcasecmp (path + strlen (path) - 5, ".xlsx") == 0)
    return g_strdup (path);

  return g_strconcat (path, ".xlsx", NULL);
}
