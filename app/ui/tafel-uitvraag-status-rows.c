/* tafel-uitvraag-status-rows.c: the Uitvraag page's status list: a row per
 * invited organisation of the chosen session, with the counts above
 * (see tafel-uitvraag-page-private.h for the other parts) */
#include "config.h"

#include <glib/gi18n.h>

#include "tafel-uitvraag-import.h"
#include "tafel-uitvraag-page-private.h"
#include "tafel-uitvraag-preview.h"

static const char *
status_kind (TafelUitvraagStatus status)
{
  switch (status)
    {
    case TAFEL_UITVRAAG_VERSTUURD:       return "verstuurd";
    case TAFEL_UITVRAAG_TE_LAAT:         return "te-laat";
    case TAFEL_UITVRAAG_INGELEVERD:      return "ingeleverd";
    case TAFEL_UITVRAAG_INGELEVERD_LAAT: return "ingeleverd-laat";
    case TAFEL_UITVRAAG_MET_FOUTEN:      return "met-fouten";
    case TAFEL_UITVRAAG_NIET_VERSTUURD:
    default:                             return "niet-verstuurd";
    }
}

static GtkWidget *
new_status_row (TafelUitvraagRegel *regel)
{
  g_autofree char *title = g_markup_escape_text (regel->organisatie, -1);
  g_autofree char *button_name = g_strdup_printf (_("Make the workbook for %s again"), regel->organisatie);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *plain = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *pill = gtk_label_new (tafel_uitvraag_status_label (regel->status));
  GtkWidget *button;

  if (regel->verstuurd_op != NULL)
    {
      g_autofree char *when = tafel_uitvraag_format_when (regel->verstuurd_op);

      g_ptr_array_add (parts, g_strdup_printf (_("Sent %s"), when));
    }
  if (regel->ingeleverd_op != NULL)
    {
      g_autofree char *when = tafel_uitvraag_format_when (regel->ingeleverd_op);

      g_ptr_array_add (parts, g_strdup_printf (_("Returned %s"), when));
    }
  if (parts->len == 0)
    g_ptr_array_add (parts, g_strdup (_("No workbook made yet")));
  g_ptr_array_add (parts, NULL);
  plain = g_strjoinv (" · ", (char **) parts->pdata);
  subtitle = g_markup_escape_text (plain, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  /* one line each: hundreds of wrapping labels make the list slow to lay out */
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 1);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);

  gtk_widget_add_css_class (pill, "tafel-uitvraag-pill");
  gtk_widget_add_css_class (pill, status_kind (regel->status));
  gtk_widget_set_valign (pill, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), pill);

  button = gtk_button_new_from_icon_name ("document-save-as-symbolic");
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, button_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, button_name, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "uitvraag.export-one");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", regel->organisatie_id);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  /* Only the button makes a workbook: a click on the row is no request. */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);

  g_object_set_data_full (G_OBJECT (row), "organisatie", g_strdup (regel->organisatie), g_free);
  g_object_set_data (G_OBJECT (row), "status-label", pill);
  return row;
}

/* What the status rows show, in one string: the rows are rebuilt only
 * when it changes (not at every minute tick or unrelated edit), so that
 * the keyboard focus stays where it is. */
static char *
dup_status_signature (gint64     sessie_id,
                      GPtrArray *regels)
{
  GString *signature = g_string_new (NULL);

  g_string_append_printf (signature, "%" G_GINT64_FORMAT, sessie_id);
  for (guint i = 0; i < regels->len; i++)
    {
      TafelUitvraagRegel *regel = g_ptr_array_index (regels, i);

      g_string_append_printf (signature, "\n%" G_GINT64_FORMAT "\t%s\t%d\t%s\t%s", regel->organisatie_id,
                              regel->organisatie, regel->status,
                              regel->verstuurd_op ? regel->verstuurd_op : "",
                              regel->ingeleverd_op ? regel->ingeleverd_op : "");
    }

  return g_string_free (signature, FALSE);
}

static void
clear_status (TafelUitvraagPage *self,
              const char        *placeholder)
{
  g_clear_pointer (&self->status_shown, g_free);
  tafel_uitvraag_page_clear_list (self->status_list);
  gtk_label_set_text (self->status_placeholder, placeholder);
  adw_preferences_group_set_description (self->status_group, NULL);
}

/* ---- shared with the other parts (tafel-uitvraag-page-private.h) ------- */

void
tafel_uitvraag_page_refresh_status (TafelUitvraagPage *self)
{
  g_autoptr(GPtrArray) regels = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) counts = NULL;
  g_autofree char *signature = NULL;
  TafelSessie *sessie = tafel_uitvraag_page_get_sessie (self);
  gint64 sessie_id;
  guint n_returned = 0, n_late = 0, n_not_sent = 0;

  if (self->model == NULL)
    {
      clear_status (self, "");
      return;
    }
  if (sessie == NULL)
    {
      clear_status (self, _("Choose a session to see which organisations returned their workbook."));
      return;
    }

  sessie_id = tafel_entity_get_id (TAFEL_ENTITY (sessie));
  regels = tafel_uitvraag_status_list (tafel_uitvraag_page_get_store (self),
                                       tafel_uitvraag_page_get_traject_id (self), sessie_id, NULL, &error);
  if (regels == NULL)
    {
      clear_status (self, error->message);
      return;
    }

  signature = dup_status_signature (sessie_id, regels);
  if (g_strcmp0 (signature, self->status_shown) == 0)
    return;
  g_free (self->status_shown);
  self->status_shown = g_steal_pointer (&signature);

  tafel_uitvraag_page_clear_list (self->status_list);
  gtk_label_set_text (self->status_placeholder,
                      _("No organisations yet: add them on the Participants page."));

  for (guint i = 0; i < regels->len; i++)
    {
      TafelUitvraagRegel *regel = g_ptr_array_index (regels, i);

      switch (regel->status)
        {
        case TAFEL_UITVRAAG_INGELEVERD:
        case TAFEL_UITVRAAG_INGELEVERD_LAAT:
        case TAFEL_UITVRAAG_MET_FOUTEN:
          n_returned++;
          break;
        case TAFEL_UITVRAAG_TE_LAAT:
          n_late++;
          break;
        case TAFEL_UITVRAAG_NIET_VERSTUURD:
          n_not_sent++;
          break;
        case TAFEL_UITVRAAG_VERSTUURD:
        default:
          break;
        }
      gtk_list_box_append (self->status_list, new_status_row (regel));
    }

  counts = g_string_new (NULL);
  /* TRANSLATORS: the counts above the status list, "12 invited · 8 returned · 2 late" */
  g_string_printf (counts, _("%u invited · %u returned · %u late"), regels->len, n_returned, n_late);
  if (n_not_sent > 0 && n_not_sent < regels->len)
    {
      g_string_append (counts, " · ");
      g_string_append_printf (counts, _("%u not sent"), n_not_sent);
    }
  adw_preferences_group_set_description (self->status_group, counts->str);
}

/* ---- public ------------------------------------------------------------ */

const char *
tafel_uitvraag_page_get_status (TafelUitvraagPage *self,
                                const char        *organisation)
{
  g_return_val_if_fail (TAFEL_IS_UITVRAAG_PAGE (self), NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->status_list));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *pill = g_object_get_data (G_OBJECT (child), "status-label");

      if (pill != NULL && g_strcmp0 (g_object_get_data (G_OBJECT (child), "organisatie"), organisation) == 0)
        return gtk_label_get_text (GTK_LABEL (pill));
    }

  return "";
}

const char *
tafel_uitvraag_page_get_counts (TafelUitvraagPage *self)
{
  const char *text;

  g_return_val_if_fail (TAFEL_IS_UITVRAAG_PAGE (self), NULL);

  text = adw_preferences_group_get_description (self->status_group);
  return text ? text : "";
}

GtkListBox *
tafel_uitvraag_page_get_status_list (TafelUitvraagPage *self)
{
  g_return_val_if_fail (TAFEL_IS_UITVRAAG_PAGE (self), NULL);
  return self->status_list;
}
