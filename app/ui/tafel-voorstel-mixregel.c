/* tafel-voorstel-mixregel.c: one line of the function mix editor */
#include "config.h"

#include <glib/gi18n.h>

#include "tafel-besluit.h"
#include "tafel-decimal.h"
#include "tafel-error.h"
#include "tafel-field-binding.h"
#include "tafel-ui-util.h"
#include "tafel-voorstel-mixregel.h"
#include "tafel-voorstel-util.h"

/* The education level follows the profile's own. */
static void
on_profiel_changed_cb (TafelRefDropdown      *ref,
                       TafelVoorstelMixregel *line)
{
  TafelFunctieprofiel *profiel = NULL;

  if (line->model != NULL)
    profiel = tafel_traject_model_lookup (line->model, TAFEL_TYPE_FUNCTIEPROFIEL, tafel_ref_dropdown_get_id (ref));
  if (profiel != NULL)
    gtk_drop_down_set_selected (line->niveau,
                                MAX (0, tafel_choice_index (tafel_opleidingsniveaus,
                                                            tafel_functieprofiel_get_opleidingsniveau (profiel))));
  line->changed (line, line->user_data);
}

static void
on_selected_cb (GObject               *object,
                GParamSpec            *pspec,
                TafelVoorstelMixregel *line)
{
  line->changed (line, line->user_data);
}

static void
on_text_changed_cb (GtkEditable           *editable,
                    TafelVoorstelMixregel *line)
{
  line->changed (line, line->user_data);
}

/* Enter moves on, as Tab does: the mix is stored as a whole. */
static void
on_activate_cb (GtkEntry              *entry,
                TafelVoorstelMixregel *line)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (entry));

  if (root != NULL)
    gtk_widget_child_focus (GTK_WIDGET (root), GTK_DIR_TAB_FORWARD);
}

static void
on_remove_clicked_cb (GtkButton             *button,
                      TafelVoorstelMixregel *line)
{
  line->removed (line, line->user_data);
}

/* Puts a line's widgets in row @row of @grid, showing the values given;
 * @changed is called on every edit, @removed when its button is pressed. */
TafelVoorstelMixregel *
tafel_voorstel_mixregel_new (TafelTrajectModel         *model,
                             GtkGrid                   *grid,
                             int                        row,
                             gint64                     profiel_id,
                             const char                *niveau,
                             gint64                     aandeel,
                             const char                *tijdsoort,
                             TafelVoorstelMixregelFunc  changed,
                             TafelVoorstelMixregelFunc  removed,
                             gpointer                   user_data)
{
  TafelVoorstelMixregel *line = g_new0 (TafelVoorstelMixregel, 1);
  g_autofree char *shown = tafel_voorstel_format (aandeel);

  line->model = model;
  line->changed = changed;
  line->removed = removed;
  line->user_data = user_data;

  line->profiel = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  line->profiel_ref = tafel_ref_dropdown_new (line->profiel, TAFEL_TYPE_FUNCTIEPROFIEL);
  tafel_ref_dropdown_add_fixed (line->profiel_ref, 0, _("Choose a function"));
  tafel_ref_dropdown_set_model (line->profiel_ref, model);
  tafel_ref_dropdown_set_id (line->profiel_ref, profiel_id);
  gtk_widget_set_hexpand (GTK_WIDGET (line->profiel), TRUE);

  line->niveau = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (tafel_ui_choice_model (tafel_opleidingsniveaus)), NULL));
  gtk_drop_down_set_selected (line->niveau, MAX (0, tafel_choice_index (tafel_opleidingsniveaus, niveau)));

  line->aandeel = GTK_ENTRY (gtk_entry_new ());
  gtk_editable_set_text (GTK_EDITABLE (line->aandeel), shown);
  gtk_editable_set_width_chars (GTK_EDITABLE (line->aandeel), 6);
  gtk_editable_set_alignment (GTK_EDITABLE (line->aandeel), 1.0);
  gtk_entry_set_input_purpose (line->aandeel, GTK_INPUT_PURPOSE_NUMBER);
  gtk_widget_add_css_class (GTK_WIDGET (line->aandeel), "numeric");

  line->tijdsoort = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (tafel_ui_choice_model (tafel_tijdsoorten)), NULL));
  gtk_drop_down_set_selected (line->tijdsoort, MAX (0, tafel_choice_index (tafel_tijdsoorten, tijdsoort)));

  line->remove = GTK_BUTTON (gtk_button_new_from_icon_name ("list-remove-symbolic"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (line->remove), _("Remove this function from the mix"));
  gtk_widget_add_css_class (GTK_WIDGET (line->remove), "flat");

  /* Connected after the values are shown: those are no edits. */
  g_signal_connect (line->profiel_ref, "changed", G_CALLBACK (on_profiel_changed_cb), line);
  g_signal_connect (line->niveau, "notify::selected", G_CALLBACK (on_selected_cb), line);
  g_signal_connect (line->tijdsoort, "notify::selected", G_CALLBACK (on_selected_cb), line);
  g_signal_connect (line->aandeel, "changed", G_CALLBACK (on_text_changed_cb), line);
  g_signal_connect (line->aandeel, "activate", G_CALLBACK (on_activate_cb), line);
  g_signal_connect (line->remove, "clicked", G_CALLBACK (on_remove_clicked_cb), line);

  gtk_grid_attach (grid, GTK_WIDGET (line->profiel), 0, row, 1, 1);
  gtk_grid_attach (grid, GTK_WIDGET (line->niveau), 1, row, 1, 1);
  gtk_grid_attach (grid, GTK_WIDGET (line->aandeel), 2, row, 1, 1);
  gtk_grid_attach (grid, GTK_WIDGET (line->tijdsoort), 3, row, 1, 1);
  gtk_grid_attach (grid, GTK_WIDGET (line->remove), 4, row, 1, 1);

  return line;
}

/* Forgets the line; its widgets stay with the grid. */
void
tafel_voorstel_mixregel_free (TafelVoorstelMixregel *line)
{
  if (line == NULL)
    return;

  g_signal_handlers_disconnect_by_data (line->profiel_ref, line);
  if (tafel_ref_dropdown_get_dropdown (line->profiel_ref) != NULL)
    {
      g_signal_handlers_disconnect_by_data (line->niveau, line);
      g_signal_handlers_disconnect_by_data (line->tijdsoort, line);
      g_signal_handlers_disconnect_by_data (line->aandeel, line);
      g_signal_handlers_disconnect_by_data (line->remove, line);
    }
  g_object_unref (line->profiel_ref);
  g_free (line);
}

gint64
tafel_voorstel_mixregel_get_profiel_id (TafelVoorstelMixregel *line)
{
  return tafel_ref_dropdown_get_id (line->profiel_ref);
}

const char *
tafel_voorstel_mixregel_get_niveau (TafelVoorstelMixregel *line)
{
  guint i = gtk_drop_down_get_selected (line->niveau);

  return i < tafel_choice_count (tafel_opleidingsniveaus) ? tafel_opleidingsniveaus[i].id : NULL;
}

const char *
tafel_voorstel_mixregel_get_tijdsoort (TafelVoorstelMixregel *line)
{
  guint i = gtk_drop_down_get_selected (line->tijdsoort);

  return i < tafel_choice_count (tafel_tijdsoorten) ? tafel_tijdsoorten[i].id : "direct";
}

/* The share as typed. */
const char *
tafel_voorstel_mixregel_get_text (TafelVoorstelMixregel *line)
{
  return gtk_editable_get_text (GTK_EDITABLE (line->aandeel));
}

/* Names the line's widgets for assistive technologies: "line 2". */
void
tafel_voorstel_mixregel_set_number (TafelVoorstelMixregel *line,
                                    guint                  number)
{
  g_autofree char *profiel = g_strdup_printf (_("Function profile, line %u"), number);
  g_autofree char *niveau = g_strdup_printf (_("Education level, line %u"), number);
  g_autofree char *aandeel = g_strdup_printf (_("Share in percent, line %u"), number);
  g_autofree char *tijdsoort = g_strdup_printf (_("Kind of time, line %u"), number);
  g_autofree char *remove = g_strdup_printf (_("Remove line %u"), number);

  gtk_accessible_update_property (GTK_ACCESSIBLE (line->profiel), GTK_ACCESSIBLE_PROPERTY_LABEL, profiel, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (line->niveau), GTK_ACCESSIBLE_PROPERTY_LABEL, niveau, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (line->aandeel), GTK_ACCESSIBLE_PROPERTY_LABEL, aandeel, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (line->tijdsoort), GTK_ACCESSIBLE_PROPERTY_LABEL, tijdsoort, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (line->remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove, -1);
}

/* Takes the focus out of the line before it goes; whether it was there. */
gboolean
tafel_voorstel_mixregel_release_focus (TafelVoorstelMixregel *line)
{
  GtkWidget *widgets[] = { GTK_WIDGET (line->profiel), GTK_WIDGET (line->niveau), GTK_WIDGET (line->aandeel),
                           GTK_WIDGET (line->tijdsoort), GTK_WIDGET (line->remove) };
  gboolean had_focus = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (widgets); i++)
    had_focus = tafel_field_binding_release_focus (widgets[i]) || had_focus;

  return had_focus;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

/* Whether @lines show exactly the stored @regels (TafelMixregel), in any
 * order. */
gboolean
tafel_voorstel_mixregel_shows (GPtrArray *lines,
                               GPtrArray *regels)
{
  g_autoptr(GPtrArray) stored = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func (g_free);

  if (regels->len != lines->len)
    return FALSE;

  for (guint i = 0; i < regels->len; i++)
    {
      TafelMixregel *regel = g_ptr_array_index (regels, i);
      TafelVoorstelMixregel *line = g_ptr_array_index (lines, i);
      gint64 aandeel;

      if (!tafel_voorstel_parse ("", tafel_voorstel_mixregel_get_text (line), &aandeel, NULL))
        return FALSE;

      g_ptr_array_add (stored, g_strdup_printf ("%" G_GINT64_FORMAT "|%s|%" G_GINT64_FORMAT "|%s",
                                                tafel_mixregel_get_functieprofiel_id (regel),
                                                tafel_mixregel_get_opleidingsniveau (regel),
                                                tafel_mixregel_get_aandeel (regel),
                                                tafel_mixregel_get_tijdsoort (regel)));
      g_ptr_array_add (shown, g_strdup_printf ("%" G_GINT64_FORMAT "|%s|%" G_GINT64_FORMAT "|%s",
                                               tafel_voorstel_mixregel_get_profiel_id (line),
                                               tafel_voorstel_mixregel_get_niveau (line), aandeel,
                                               tafel_voorstel_mixregel_get_tijdsoort (line)));
    }

  g_ptr_array_sort (stored, compare_strings);
  g_ptr_array_sort (shown, compare_strings);
  for (guint i = 0; i < stored->len; i++)
    if (g_strcmp0 (g_ptr_array_index (stored, i), g_ptr_array_index (shown, i)) != 0)
      return FALSE;

  return TRUE;
}

/* Reads @lines into @invoer (TafelMixInvoer; the strings are borrowed
 * from the lines), skipping empty lines. Refuses a line without a profile
 * or without a share, and a share that is not a number. */
gboolean
tafel_voorstel_mixregel_collect (GPtrArray  *lines,
                                 GArray     *invoer,
                                 GError    **error)
{
  for (guint i = 0; i < lines->len; i++)
    {
      TafelVoorstelMixregel *line = g_ptr_array_index (lines, i);
      const char *text = tafel_voorstel_mixregel_get_text (line);
      TafelMixInvoer item = { 0, };
      gint64 aandeel;

      item.functieprofiel_id = tafel_voorstel_mixregel_get_profiel_id (line);
      if (!tafel_voorstel_parse (_("Share"), text, &aandeel, error))
        {
          g_prefix_error (error, _("Functiemix, line %u: "), i + 1);
          return FALSE;
        }

      /* A line left empty is no line. */
      if (item.functieprofiel_id == 0 && aandeel == TAFEL_DECIMAL_NONE)
        continue;

      if (item.functieprofiel_id == 0)
        {
          g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID,
                       _("Functiemix, line %u: choose a function profile."), i + 1);
          return FALSE;
        }
      if (aandeel == TAFEL_DECIMAL_NONE)
        {
          g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID,
                       _("Functiemix, line %u: fill in the share of the hours, in percent."), i + 1);
          return FALSE;
        }

      item.opleidingsniveau = tafel_voorstel_mixregel_get_niveau (line);
      item.aandeel = aandeel;
      item.tijdsoort = tafel_voorstel_mixregel_get_tijdsoort (line);
      g_array_append_val (invoer, item);
    }

  return TRUE;
}

static void
show_total (GtkLabel   *label,
            const char *text,
            gboolean    used,
            gboolean    complete)
{
  gtk_label_set_text (label, text);
  gtk_widget_remove_css_class (GTK_WIDGET (label), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (label), "success");
  gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");
  if (!used)
    gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
  else
    gtk_widget_add_css_class (GTK_WIDGET (label), complete ? "success" : "error");
}

/* Shows the running totals of @lines: "Direct: 80% of 100%", red until
 * it is 100%. */
void
tafel_voorstel_mixregel_show_totals (GPtrArray *lines,
                                     GtkLabel  *direct_label,
                                     GtkLabel  *indirect_label)
{
  gint64 direct = 0, indirect = 0;
  guint n_direct = 0, n_indirect = 0;
  g_autofree char *direct_shown = NULL;
  g_autofree char *direct_text = NULL;

  for (guint i = 0; i < lines->len; i++)
    {
      TafelVoorstelMixregel *line = g_ptr_array_index (lines, i);
      gint64 aandeel;

      if (!tafel_voorstel_parse ("", tafel_voorstel_mixregel_get_text (line), &aandeel, NULL) ||
          aandeel == TAFEL_DECIMAL_NONE)
        aandeel = 0;

      if (g_str_equal (tafel_voorstel_mixregel_get_tijdsoort (line), "indirect"))
        {
          indirect += aandeel;
          n_indirect++;
        }
      else
        {
          direct += aandeel;
          n_direct++;
        }
    }

  direct_shown = tafel_decimal_format (direct);
  /* Translators: the running total of the shares of direct time */
  direct_text = g_strdup_printf (_("Direct: %s%% of 100%%"), direct_shown);
  show_total (direct_label, direct_text, n_direct > 0, direct == 10000);

  if (n_indirect > 0)
    {
      g_autofree char *shown = tafel_decimal_format (indirect);
      /* Translators: the running total of the shares of indirect time */
      g_autofree char *text = g_strdup_printf (_("Indirect: %s%% of 100%%"), shown);

      show_total (indirect_label, text, TRUE, indirect == 10000);
    }
  else
    show_total (indirect_label, _("Indirect: none"), FALSE, FALSE);
}
