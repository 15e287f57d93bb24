/* tafel-voorstel-grid.c: hours and duration per intensity level */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "tafel-decimal.h"
#include "tafel-field-binding.h"
#include "tafel-voorstel-cell.h"
#include "tafel-voorstel-grid.h"
#include "tafel-voorstel-util.h"

#define N_NIVEAUS 4

/* Columns of the grid. */
enum {
  COL_NIVEAU,
  COL_UREN,
  COL_DUUR,
  COL_TOELICHTING,
};

struct _TafelVoorstelGrid
{
  GtkBox             parent_instance;

  GtkLabel          *heading_label;
  GtkGrid           *grid;

  GtkLabel          *uren_header;
  GtkLabel          *duur_header;
  GtkLabel          *toelichting_header;
  GtkLabel          *niveau_labels[N_NIVEAUS];
  GtkEntry          *cells[N_NIVEAUS][TAFEL_VOORSTEL_N_KOLOMMEN];
  GtkLabel          *medians[N_NIVEAUS][2];

  TafelTrajectModel *model;
  gboolean           decision;
  gint64             deelproduct_id;
  gint64             organisatie_id;
  gint64             sessie_id;
  gint64             median[N_NIVEAUS][2];
  TafelIntensiteit  *rows[N_NIVEAUS];    /* borrowed, while rows_valid */
  gboolean           rows_valid;
};

enum {
  PROP_0,
  PROP_DECISION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];
static GQuark niveau_quark;
static GQuark kolom_quark;

G_DEFINE_FINAL_TYPE (TafelVoorstelGrid, tafel_voorstel_grid, GTK_TYPE_BOX)

static TafelDeelproduct *
get_deelproduct (TafelVoorstelGrid *self)
{
  if (self->model == NULL || self->deelproduct_id == 0)
    return NULL;

  return tafel_traject_model_lookup (self->model, TAFEL_TYPE_DEELPRODUCT, self->deelproduct_id);
}

/* A proposal needs its organisation; a decision has none. */
static gboolean
has_key (TafelVoorstelGrid *self)
{
  return get_deelproduct (self) != NULL && (self->decision || self->organisatie_id != 0);
}

static TafelIntensiteit *
find_row (TafelVoorstelGrid *self,
          guint              niveau)
{
  if (!has_key (self))
    return NULL;
  if (self->rows_valid)
    return self->rows[niveau];

  return tafel_voorstel_find (self->model, TAFEL_TYPE_INTENSITEIT, self->deelproduct_id,
                              self->decision ? 0 : self->organisatie_id,
                              self->decision ? 0 : self->sessie_id,
                              tafel_niveaus[niveau].id);
}

/* The rows of every level in one pass over the list, for a refresh. */
static void
load_rows (TafelVoorstelGrid *self)
{
  GListModel *list;
  guint n;

  memset (self->rows, 0, sizeof self->rows);
  self->rows_valid = TRUE;
  if (!has_key (self))
    return;

  list = tafel_traject_model_get_list (self->model, TAFEL_TYPE_INTENSITEIT);
  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TafelIntensiteit) row = g_list_model_get_item (list, i);
      int niveau;

      if (!tafel_voorstel_matches (row, self->deelproduct_id, self->decision ? 0 : self->organisatie_id,
                                   self->decision ? 0 : self->sessie_id))
        continue;
      niveau = tafel_choice_index (tafel_niveaus, tafel_intensiteit_get_niveau (row));
      if (niveau >= 0 && self->rows[niveau] == NULL)
        self->rows[niveau] = tafel_traject_model_lookup (self->model, TAFEL_TYPE_INTENSITEIT,
                                                         tafel_entity_get_id (TAFEL_ENTITY (row)));
    }
}

static gint64
stored_value (TafelIntensiteit *row,
              guint             kolom)
{
  if (row == NULL)
    return TAFEL_DECIMAL_NONE;

  return kolom == TAFEL_VOORSTEL_UREN ? tafel_intensiteit_get_uren (row) : tafel_intensiteit_get_duur (row);
}

static char *
show_cell (GtkEntry *entry,
           gpointer  user_data)
{
  TafelVoorstelGrid *self = user_data;
  guint niveau = GPOINTER_TO_UINT (g_object_get_qdata (G_OBJECT (entry), niveau_quark));
  guint kolom = GPOINTER_TO_UINT (g_object_get_qdata (G_OBJECT (entry), kolom_quark));
  TafelIntensiteit *row = find_row (self, niveau);

  if (row == NULL)
    return g_strdup ("");
  if (kolom == TAFEL_VOORSTEL_TOELICHTING)
    return g_strdup (tafel_intensiteit_get_toelichting (row));

  return tafel_voorstel_format (stored_value (row, kolom));
}

static gboolean
store_cell (GtkEntry    *entry,
            const char  *text,
            gpointer     user_data,
            GError     **error)
{
  TafelVoorstelGrid *self = user_data;
  guint niveau = GPOINTER_TO_UINT (g_object_get_qdata (G_OBJECT (entry), niveau_quark));
  guint kolom = GPOINTER_TO_UINT (g_object_get_qdata (G_OBJECT (entry), kolom_quark));
  TafelDeelproduct *deelproduct = get_deelproduct (self);
  TafelIntensiteit *row;
  gint64 value, uren, duur;

  if (!has_key (self))
    return TRUE;

  row = find_row (self, niveau);
  if (kolom == TAFEL_VOORSTEL_TOELICHTING)
    return tafel_voorstel_put_toelichting (self->model, row, self->deelproduct_id,
                                           self->decision ? 0 : self->organisatie_id,
                                           self->decision ? 0 : self->sessie_id,
                                           tafel_niveaus[niveau].id, text, error);

  if (!tafel_voorstel_parse (kolom == TAFEL_VOORSTEL_UREN ? _("Intensity") : _("Duration"), text, &value, error))
    {
      g_prefix_error (error, "%s, %s: ", tafel_deelproduct_get_name (deelproduct),
                      tafel_choice_label (tafel_niveaus, tafel_niveaus[niveau].id));
      return FALSE;
    }

  uren = kolom == TAFEL_VOORSTEL_UREN ? value : stored_value (row, TAFEL_VOORSTEL_UREN);
  duur = kolom == TAFEL_VOORSTEL_DUUR ? value : stored_value (row, TAFEL_VOORSTEL_DUUR);

  return tafel_voorstel_put_intensiteit (self->model, deelproduct, row,
                                         self->decision ? 0 : self->organisatie_id,
                                         self->decision ? 0 : self->sessie_id,
                                         tafel_niveaus[niveau].id, uren, duur, error);
}

static void
update_medians (TafelVoorstelGrid *self)
{
  if (!self->decision)
    return;

  for (guint i = 0; i < N_NIVEAUS; i++)
    {
      TafelIntensiteit *row = find_row (self, i);

      tafel_voorstel_show_median (self->medians[i][0], self->median[i][0], stored_value (row, TAFEL_VOORSTEL_UREN));
      tafel_voorstel_show_median (self->medians[i][1], self->median[i][1], stored_value (row, TAFEL_VOORSTEL_DUUR));
    }
}

static void
set_row_visible (TafelVoorstelGrid *self,
                 guint              niveau,
                 gboolean           visible)
{
  if (gtk_widget_get_visible (GTK_WIDGET (self->niveau_labels[niveau])) == visible)
    return;

  /* Store what is typed in the row before it goes. */
  for (guint k = 0; !visible && k < TAFEL_VOORSTEL_N_KOLOMMEN; k++)
    tafel_field_binding_release_focus (GTK_WIDGET (self->cells[niveau][k]));

  /* Each cell sits in a box with the median below it. */
  gtk_widget_set_visible (GTK_WIDGET (self->niveau_labels[niveau]), visible);
  for (guint k = 0; k < TAFEL_VOORSTEL_N_KOLOMMEN; k++)
    gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->cells[niveau][k])), visible);
}

/* Units, levels in use and the accessible names follow the deelproduct. */
static void
update_layout (TafelVoorstelGrid *self)
{
  TafelDeelproduct *deelproduct = get_deelproduct (self);
  const char *eenheid = deelproduct ? tafel_deelproduct_get_intensiteit_eenheid (deelproduct) : "uren_per_week";
  const char *duur_eenheid = deelproduct ? tafel_deelproduct_get_duur_eenheid (deelproduct) : "weken";
  const char *unit = tafel_choice_label (tafel_intensiteit_eenheden, eenheid);
  const char *duur_unit = tafel_choice_label (tafel_duur_eenheden, duur_eenheid);
  g_autofree char *uren_text = g_strdup_printf (_("Intensity (%s)"), unit);
  g_autofree char *duur_text = g_strdup_printf (_("Duration (%s)"), duur_unit);

  gtk_label_set_text (self->uren_header, uren_text);
  gtk_label_set_text (self->duur_header, duur_text);

  for (guint i = 0; i < N_NIVEAUS; i++)
    {
      const char *level = tafel_choice_label (tafel_niveaus, tafel_niveaus[i].id);
      g_autofree char *uren_name = g_strdup_printf (_("Intensity of level %s in %s"), level, unit);
      g_autofree char *duur_name = g_strdup_printf (_("Duration of level %s in %s"), level, duur_unit);
      g_autofree char *toelichting_name = g_strdup_printf (_("Reasons to run over time, level %s"), level);

      gtk_accessible_update_property (GTK_ACCESSIBLE (self->cells[i][TAFEL_VOORSTEL_UREN]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, uren_name, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->cells[i][TAFEL_VOORSTEL_DUUR]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, duur_name, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->cells[i][TAFEL_VOORSTEL_TOELICHTING]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, toelichting_name, -1);
      set_row_visible (self, i, deelproduct == NULL || tafel_deelproduct_uses_niveau (deelproduct, tafel_niveaus[i].id));
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->grid), has_key (self));
}

static void
refresh_cells (TafelVoorstelGrid *self)
{
  load_rows (self);
  for (guint i = 0; i < N_NIVEAUS; i++)
    for (guint k = 0; k < TAFEL_VOORSTEL_N_KOLOMMEN; k++)
      tafel_voorstel_cell_refresh (self->cells[i][k]);

  update_medians (self);
  self->rows_valid = FALSE;
}

static GtkLabel *
add_label (TafelVoorstelGrid *self,
           const char        *text,
           int                column,
           int                row,
           const char        *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  gtk_grid_attach (self->grid, label, column, row, 1, 1);
  return GTK_LABEL (label);
}

static void
create_cells (TafelVoorstelGrid *self)
{
  self->uren_header = add_label (self, NULL, COL_UREN, 0, "caption-heading");
  self->duur_header = add_label (self, NULL, COL_DUUR, 0, "caption-heading");
  self->toelichting_header = add_label (self, _("Reasons to run over time"), COL_TOELICHTING, 0, "caption-heading");
  for (guint i = 0; i < 3; i++)
    {
      GtkLabel *header = i == 0 ? self->uren_header : i == 1 ? self->duur_header : self->toelichting_header;

      gtk_label_set_wrap (header, TRUE);
      gtk_label_set_max_width_chars (header, 14);
      gtk_widget_set_valign (GTK_WIDGET (header), GTK_ALIGN_END);
    }

  for (guint i = 0; i < N_NIVEAUS; i++)
    {
      static const int columns[] = { COL_UREN, COL_DUUR, COL_TOELICHTING };

      self->niveau_labels[i] = add_label (self, tafel_choice_label (tafel_niveaus, tafel_niveaus[i].id),
                                          COL_NIVEAU, i + 1, "heading");

      for (guint k = 0; k < TAFEL_VOORSTEL_N_KOLOMMEN; k++)
        {
          GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
          GtkWidget *entry = gtk_entry_new ();

          g_object_set_qdata (G_OBJECT (entry), niveau_quark, GUINT_TO_POINTER (i));
          g_object_set_qdata (G_OBJECT (entry), kolom_quark, GUINT_TO_POINTER (k));
          if (k == TAFEL_VOORSTEL_TOELICHTING)
            {
              gtk_widget_set_hexpand (box, TRUE);
              gtk_editable_set_width_chars (GTK_EDITABLE (entry), 10);
              gtk_widget_set_tooltip_text (entry, _("Exceptional reasons to run over time; Enter stores"));
            }
          else
            {
              gtk_editable_set_width_chars (GTK_EDITABLE (entry), 5);
              gtk_editable_set_max_width_chars (GTK_EDITABLE (entry), 8);
              gtk_editable_set_alignment (GTK_EDITABLE (entry), 1.0);
              gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_NUMBER);
              gtk_widget_set_tooltip_text (entry, _("A number such as 4 or 2,5; Enter stores and moves on, Escape restores"));
              gtk_widget_add_css_class (entry, "numeric");
            }
          gtk_box_append (GTK_BOX (box), entry);
          gtk_grid_attach (self->grid, box, columns[k], i + 1, 1, 1);
          tafel_voorstel_cell_bind (GTK_ENTRY (entry), show_cell, store_cell, self);
          self->cells[i][k] = GTK_ENTRY (entry);

          if (k < 2)
            {
              GtkWidget *median = gtk_label_new (NULL);

              gtk_label_set_xalign (GTK_LABEL (median), 0);
              gtk_label_set_wrap (GTK_LABEL (median), TRUE);
              gtk_label_set_max_width_chars (GTK_LABEL (median), 18);
              gtk_widget_add_css_class (median, "caption");
              gtk_widget_set_visible (median, FALSE);
              gtk_box_append (GTK_BOX (box), median);
              gtk_accessible_update_relation (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                              median, NULL, -1);
              self->medians[i][k] = GTK_LABEL (median);
              self->median[i][k] = TAFEL_DECIMAL_NONE;
            }
        }
    }
}

static void
on_intensiteit_changed_cb (TafelTrajectModel *model,
                           TafelVoorstelGrid *self)
{
  refresh_cells (self);
}

static void
on_deelproduct_changed_cb (TafelTrajectModel *model,
                           TafelVoorstelGrid *self)
{
  update_layout (self);
  refresh_cells (self);
}

static void
tafel_voorstel_grid_dispose (GObject *object)
{
  TafelVoorstelGrid *self = TAFEL_VOORSTEL_GRID (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);
  gtk_widget_dispose_template (GTK_WIDGET (self), TAFEL_TYPE_VOORSTEL_GRID);

  G_OBJECT_CLASS (tafel_voorstel_grid_parent_class)->dispose (object);
}

static void
tafel_voorstel_grid_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  TafelVoorstelGrid *self = TAFEL_VOORSTEL_GRID (object);

  switch (prop_id)
    {
    case PROP_DECISION:
      g_value_set_boolean (value, self->decision);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tafel_voorstel_grid_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  TafelVoorstelGrid *self = TAFEL_VOORSTEL_GRID (object);

  switch (prop_id)
    {
    case PROP_DECISION:
      self->decision = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tafel_voorstel_grid_constructed (GObject *object)
{
  TafelVoorstelGrid *self = TAFEL_VOORSTEL_GRID (object);

  G_OBJECT_CLASS (tafel_voorstel_grid_parent_class)->constructed (object);

  if (self->decision)
    {
      gtk_label_set_text (self->heading_label, _("Decided intensity and duration"));
      for (guint i = 0; i < N_NIVEAUS; i++)
        {
          /* Level names stay level with the cells, above the medians. */
          gtk_widget_set_valign (GTK_WIDGET (self->niveau_labels[i]), GTK_ALIGN_START);
          gtk_widget_set_margin_top (GTK_WIDGET (self->niveau_labels[i]), 8);
          for (guint k = 0; k < 2; k++)
            gtk_widget_set_visible (GTK_WIDGET (self->medians[i][k]), TRUE);
        }
    }
  update_layout (self);
}

static void
tafel_voorstel_grid_class_init (TafelVoorstelGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tafel_voorstel_grid_dispose;
  object_class->get_property = tafel_voorstel_grid_get_property;
  object_class->set_property = tafel_voorstel_grid_set_property;
  object_class->constructed = tafel_voorstel_grid_constructed;

  properties[PROP_DECISION] =
    g_param_spec_boolean ("decision", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  niveau_quark = g_quark_from_static_string ("tafel-voorstel-grid-niveau");
  kolom_quark = g_quark_from_static_string ("tafel-voorstel-grid-kolom");

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tafel-voorstel-grid.ui");
  gtk_widget_class_bind_template_child (widget_class, TafelVoorstelGrid, heading_label);
  gtk_widget_class_bind_template_child (widget_class, TafelVoorstelGrid, grid);
}

static void
tafel_voorstel_grid_init (TafelVoorstelGrid *self)
{
  g_assert (tafel_choice_count (tafel_niveaus) == N_NIVEAUS);

  gtk_widget_init_template (GTK_WIDGET (self));
  create_cells (self);
}

void
tafel_voorstel_grid_set_model (TafelVoorstelGrid *self,
                               TafelTrajectModel *model)
{
  g_return_if_fail (TAFEL_IS_VOORSTEL_GRID (self));

  if (self->model == model)
    return;

  tafel_voorstel_grid_apply (self);
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_set_object (&self->model, model);
  self->deelproduct_id = 0;

  if (model != NULL)
    {
      g_signal_connect (model, "changed::intensiteit", G_CALLBACK (on_intensiteit_changed_cb), self);
      g_signal_connect (model, "changed::deelproduct", G_CALLBACK (on_deelproduct_changed_cb), self);
    }

  tafel_voorstel_grid_set_key (self, 0, 0, 0);
}

/* What was typed for the previous key is stored first. */
void
tafel_voorstel_grid_set_key (TafelVoorstelGrid *self,
                             gint64             deelproduct_id,
                             gint64             organisatie_id,
                             gint64             sessie_id)
{
  g_return_if_fail (TAFEL_IS_VOORSTEL_GRID (self));

  if (self->deelproduct_id != deelproduct_id)
    for (guint i = 0; i < N_NIVEAUS; i++)
      self->median[i][0] = self->median[i][1] = TAFEL_DECIMAL_NONE;

  tafel_voorstel_grid_apply (self);
  self->deelproduct_id = deelproduct_id;
  self->organisatie_id = organisatie_id;
  self->sessie_id = sessie_id;

  update_layout (self);
  load_rows (self);
  for (guint i = 0; i < N_NIVEAUS; i++)
    for (guint k = 0; k < TAFEL_VOORSTEL_N_KOLOMMEN; k++)
      tafel_voorstel_cell_reset (self->cells[i][k]);
  update_medians (self);
  self->rows_valid = FALSE;
}

/* The medians beside the decided values (decision grids only). */
void
tafel_voorstel_grid_set_stats (TafelVoorstelGrid           *self,
                               const TafelDeelproductStats *stats)
{
  g_return_if_fail (TAFEL_IS_VOORSTEL_GRID (self));

  for (guint i = 0; i < N_NIVEAUS; i++)
    {
      const TafelNiveauStats *n = NULL;

      if (stats != NULL && stats->deelproduct_id == self->deelproduct_id)
        n = tafel_deelproduct_stats_get_niveau ((TafelDeelproductStats *) stats, tafel_niveaus[i].id);

      self->median[i][0] = n && n->uren_summary.n > 0 ? tafel_decimal_from_double (n->uren_summary.median)
                                                      : TAFEL_DECIMAL_NONE;
      self->median[i][1] = n && n->duur_summary.n > 0 ? tafel_decimal_from_double (n->duur_summary.median)
                                                      : TAFEL_DECIMAL_NONE;
    }

  update_medians (self);
}

/* Stores every cell that was typed in. FALSE when one was refused. */
gboolean
tafel_voorstel_grid_apply (TafelVoorstelGrid *self)
{
  gboolean ok = TRUE;

  g_return_val_if_fail (TAFEL_IS_VOORSTEL_GRID (self), FALSE);

  if (self->model == NULL)
    return TRUE;

  for (guint i = 0; i < N_NIVEAUS; i++)
    for (guint k = 0; k < TAFEL_VOORSTEL_N_KOLOMMEN; k++)
      if (tafel_voorstel_cell_is_dirty (self->cells[i][k]))
        ok = tafel_voorstel_cell_apply (self->cells[i][k]) && ok;

  return ok;
}

GtkEntry *
tafel_voorstel_grid_get_cell (TafelVoorstelGrid  *self,
                              const char         *niveau,
                              TafelVoorstelKolom  kolom)
{
  int i = tafel_choice_index (tafel_niveaus, niveau);

  g_return_val_if_fail (TAFEL_IS_VOORSTEL_GRID (self), NULL);
  g_return_val_if_fail (i >= 0 && kolom < TAFEL_VOORSTEL_N_KOLOMMEN, NULL);

  return self->cells[i][kolom];
}

GtkLabel *
tafel_voorstel_grid_get_median_label (TafelVoorstelGrid  *self,
                                      const char         *niveau,
                                      TafelVoorstelKolom  kolom)
{
  int i = tafel_choice_index (tafel_niveaus, niveau);

  g_return_val_if_fail (TAFEL_IS_VOORSTEL_GRID (self), NULL);
  g_return_val_if_fail (i >= 0 && kolom < TAFEL_VOORSTEL_TOELICHTING, NULL);

  return self->medians[i][kolom];
}

/* Puts the focus in the first cell shown. */
gboolean
tafel_voorstel_grid_focus_first (TafelVoorstelGrid *self)
{
  g_return_val_if_fail (TAFEL_IS_VOORSTEL_GRID (self), FALSE);

  for (guint i = 0; i < N_NIVEAUS; i++)
    if (gtk_widget_get_visible (GTK_WIDGET (self->cells[i][0])) &&
        gtk_widget_is_sensitive (GTK_WIDGET (self->cells[i][0])))
      return gtk_widget_grab_focus (GTK_WIDGET (self->cells[i][0]));

  return FALSE;
}
