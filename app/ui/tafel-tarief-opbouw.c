/* tafel-tarief-opbouw.c: the build-up of one price, step by step */
#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "tafel-decimal.h"
#include "tafel-tarief-opbouw.h"

struct _TafelTariefOpbouw
{
  AdwBin      parent_instance;

  GtkWidget  *title;
  GtkWidget  *status;
  GtkListBox *steps_list;
  GtkWidget  *traject_heading;
  GtkListBox *traject_list;

  char       *name;       /* of the deelproduct shown, or NULL */
  char       *probleem;   /* why it has no price, or NULL */
  GPtrArray  *steps;      /* TafelTariefStap: the price per direct hour */
  GPtrArray  *extra;      /* TafelTariefStap: from it, per trajectory and per client */
};

G_DEFINE_FINAL_TYPE (TafelTariefOpbouw, tafel_tarief_opbouw, ADW_TYPE_BIN)

static void
clear_list (GtkListBox *list)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

static void
add_stap (GPtrArray  *steps,
          char       *label,
          char       *formula,
          double      value)
{
  TafelTariefStap *stap = g_new0 (TafelTariefStap, 1);

  stap->label = label;
  stap->formula = formula;
  stap->value = value;
  g_ptr_array_add (steps, stap);
}

static GtkWidget *
new_step_row (const TafelTariefStap *stap,
              gboolean               final)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label = gtk_label_new (stap->label);
  GtkWidget *formula = gtk_label_new (stap->formula);
  g_autofree char *euro = tafel_tarief_format_euro (stap->value);
  GtkWidget *value = gtk_label_new (euro);
  g_autofree char *a11y = g_strdup_printf ("%s: %s = %s", stap->label, stap->formula, euro);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);

  gtk_widget_set_hexpand (text, TRUE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_add_css_class (label, "title-4");
  gtk_label_set_wrap (GTK_LABEL (formula), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (formula), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (formula), 0.0);
  gtk_widget_add_css_class (formula, "numeric");
  gtk_widget_add_css_class (formula, "dim-label");
  gtk_box_append (GTK_BOX (text), label);
  gtk_box_append (GTK_BOX (text), formula);

  gtk_label_set_xalign (GTK_LABEL (value), 1.0);
  gtk_widget_set_valign (value, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (value, "numeric");
  gtk_widget_add_css_class (value, final ? "title-2" : "title-3");
  if (final)
    gtk_widget_add_css_class (value, "accent");

  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (box), value);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "value", value);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);

  return row;
}

/* From the price per direct hour to a whole trajectory per level and,
 * for a group product, to a client's share of a group hour. */
static void
add_extra_steps (TafelTariefOpbouw    *self,
                 const TafelKostprijs *k)
{
  g_autofree char *uurprijs = tafel_tarief_format_euro (k->uurprijs);

  for (guint i = 0; i < 4 && tafel_niveaus[i].id != NULL; i++)
    {
      g_autofree char *hours = NULL;

      if (isnan (k->prijs[i]))
        continue;
      hours = tafel_decimal_format (tafel_decimal_from_double (k->uren[i]));
      add_stap (self->extra,
                /* Translators: %s is a level: Light, Medium, Heavy, Intensive */
                g_strdup_printf (_("Whole trajectory, %s"), _(tafel_niveaus[i].label)),
                /* Translators: 78 hours × € 75,12 */
                g_strdup_printf (_("%s hours × %s"), hours, uurprijs),
                k->prijs[i]);
    }

  if (!isnan (k->groep_per_client))
    add_stap (self->extra, g_strdup (_("Group product, per client per group hour")),
              g_strdup (_("price per hour without indirect time × staff per group ÷ (youths per group × occupancy)")),
              k->groep_per_client);
}

/* tafel_tarief_explain() starts with the salary cost of every function
 * of the traject; only those in this mix explain this price. */
static void
drop_unused_functions (GPtrArray                  *steps,
                       const TafelKostprijsInvoer *invoer,
                       const TafelKostprijs       *k)
{
  for (guint f = invoer->functies->len; f > 0; f--)
    {
      gboolean used = FALSE;

      for (guint i = 0; i < k->mix->len && !used; i++)
        used = g_array_index (k->mix, TafelTariefMixRegel, i).functie == f - 1;
      if (!used && f - 1 < steps->len)
        g_ptr_array_remove_index (steps, f - 1);
    }
}

static void
append_lines (GString   *text,
              GPtrArray *steps)
{
  for (guint i = 0; steps != NULL && i < steps->len; i++)
    {
      const TafelTariefStap *stap = g_ptr_array_index (steps, i);
      g_autofree char *euro = tafel_tarief_format_euro (stap->value);

      g_string_append_printf (text, "%s: %s = %s\n", stap->label, stap->formula, euro);
    }
}

static void
tafel_tarief_opbouw_dispose (GObject *object)
{
  TafelTariefOpbouw *self = TAFEL_TARIEF_OPBOUW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TAFEL_TYPE_TARIEF_OPBOUW);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->probleem, g_free);
  g_clear_pointer (&self->steps, g_ptr_array_unref);
  g_clear_pointer (&self->extra, g_ptr_array_unref);

  G_OBJECT_CLASS (tafel_tarief_opbouw_parent_class)->dispose (object);
}

static void
tafel_tarief_opbouw_class_init (TafelTariefOpbouwClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tafel_tarief_opbouw_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tafel-tarief-opbouw.ui");
  gtk_widget_class_bind_template_child (widget_class, TafelTariefOpbouw, title);
  gtk_widget_class_bind_template_child (widget_class, TafelTariefOpbouw, status);
  gtk_widget_class_bind_template_child (widget_class, TafelTariefOpbouw, steps_list);
  gtk_widget_class_bind_template_child (widget_class, TafelTariefOpbouw, traject_heading);
  gtk_widget_class_bind_template_child (widget_class, TafelTariefOpbouw, traject_list);
}

static void
tafel_tarief_opbouw_init (TafelTariefOpbouw *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  tafel_tarief_opbouw_show (self, NULL, NULL, NULL);
}

GtkWidget *
tafel_tarief_opbouw_new (void)
{
  return g_object_new (TAFEL_TYPE_TARIEF_OPBOUW, NULL);
}

/* Shows the build-up of @kostprijs, the price of @deelproduct computed
 * from @invoer. A NULL @deelproduct shows how to choose one; a NULL
 * @kostprijs (it could not be computed) says so. */
void
tafel_tarief_opbouw_show (TafelTariefOpbouw          *self,
                          TafelDeelproduct           *deelproduct,
                          const TafelKostprijsInvoer *invoer,
                          const TafelKostprijs       *kostprijs)
{
  g_autofree char *title = NULL;

  g_return_if_fail (TAFEL_IS_TARIEF_OPBOUW (self));

  clear_list (self->steps_list);
  clear_list (self->traject_list);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->probleem, g_free);
  g_clear_pointer (&self->steps, g_ptr_array_unref);
  g_clear_pointer (&self->extra, g_ptr_array_unref);
  self->extra = g_ptr_array_new_with_free_func ((GDestroyNotify) tafel_tarief_stap_free);

  if (deelproduct != NULL)
    {
      self->name = g_strdup (tafel_deelproduct_get_name (deelproduct));
      title = g_strdup_printf (_("Build-up of the price of “%s”"), self->name);
      if (invoer == NULL || kostprijs == NULL)
        self->probleem = g_strdup (_("This price could not be computed."));
      else if (kostprijs->probleem != NULL)
        self->probleem = g_strdup (kostprijs->probleem);
      else
        {
          self->steps = tafel_kostprijs_explain (invoer, kostprijs);
          if (self->steps != NULL)
            {
              drop_unused_functions (self->steps, invoer, kostprijs);
              add_extra_steps (self, kostprijs);
            }
          else
            self->probleem = g_strdup (_("This price could not be computed."));
        }
    }

  gtk_label_set_label (GTK_LABEL (self->title), title ? title : _("Build-up of a price"));
  gtk_label_set_label (GTK_LABEL (self->status),
                       deelproduct == NULL ? _("Select a deelproduct in the table of prices to see how its price is built up.")
                                           : self->probleem ? self->probleem : "");
  gtk_widget_set_visible (self->status, deelproduct == NULL || self->probleem != NULL);

  for (guint i = 0; self->steps != NULL && i < self->steps->len; i++)
    gtk_list_box_append (self->steps_list, new_step_row (g_ptr_array_index (self->steps, i),
                                                         i + 1 == self->steps->len));
  for (guint i = 0; i < self->extra->len; i++)
    gtk_list_box_append (self->traject_list, new_step_row (g_ptr_array_index (self->extra, i), FALSE));

  gtk_widget_set_visible (GTK_WIDGET (self->steps_list), self->steps != NULL && self->steps->len > 0);
  gtk_widget_set_visible (self->traject_heading, self->extra->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->traject_list), self->extra->len > 0);
}

/* Whether a deelproduct is shown (with its build-up or with why it has
 * no price): there is something to copy. */
gboolean
tafel_tarief_opbouw_has_content (TafelTariefOpbouw *self)
{
  g_return_val_if_fail (TAFEL_IS_TARIEF_OPBOUW (self), FALSE);
  return self->name != NULL;
}

/* The build-up as plain text, one step per line: "label: formula = value". */
char *
tafel_tarief_opbouw_dup_text (TafelTariefOpbouw *self)
{
  GString *text;

  g_return_val_if_fail (TAFEL_IS_TARIEF_OPBOUW (self), NULL);

  if (self->name == NULL)
    return g_strdup ("");

  text = g_string_new (NULL);
  g_string_append_printf (text, _("Build-up of the price of “%s”"), self->name);
  g_string_append (text, "\n\n");
  if (self->probleem != NULL)
    g_string_append_printf (text, "%s\n", self->probleem);
  append_lines (text, self->steps);
  if (self->extra->len > 0)
    {
      g_string_append_printf (text, "\n%s\n", _("Per trajectory"));
      append_lines (text, self->extra);
    }

  return g_string_free (text, FALSE);
}

/* Puts the build-up on the clipboard; FALSE when nothing is shown. */
gboolean
tafel_tarief_opbouw_copy (TafelTariefOpbouw *self)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (TAFEL_IS_TARIEF_OPBOUW (self), FALSE);

  if (self->name == NULL)
    return FALSE;

  text = tafel_tarief_opbouw_dup_text (self);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text);
  return TRUE;
}

/* The steps of the price per direct hour (the salary cost of each
 * function in the mix, its share, the sums and surcharges); the last is
 * that price. */
guint
tafel_tarief_opbouw_get_n_steps (TafelTariefOpbouw *self)
{
  g_return_val_if_fail (TAFEL_IS_TARIEF_OPBOUW (self), 0);
  return self->steps ? self->steps->len : 0;
}

const TafelTariefStap *
tafel_tarief_opbouw_get_step (TafelTariefOpbouw *self,
                              guint              index)
{
  g_return_val_if_fail (TAFEL_IS_TARIEF_OPBOUW (self), NULL);
  g_return_val_if_fail (index < tafel_tarief_opbouw_get_n_steps (self), NULL);
  return g_ptr_array_index (self->steps, index);
}

/* The value shown on the row of step @index. */
const char *
tafel_tarief_opbouw_get_value_text (TafelTariefOpbouw *self,
                                    guint              index)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (TAFEL_IS_TARIEF_OPBOUW (self), NULL);

  row = gtk_list_box_get_row_at_index (self->steps_list, (int) index);
  return row ? gtk_label_get_label (g_object_get_data (G_OBJECT (row), "value")) : NULL;
}

/* What is shown in place of a build-up, or NULL. */
const char *
tafel_tarief_opbouw_get_status (TafelTariefOpbouw *self)
{
  g_return_val_if_fail (TAFEL_IS_TARIEF_OPBOUW (self), NULL);
  return gtk_widget_get_visible (self->status) ? gtk_label_get_label (GTK_LABEL (self->status)) : NULL;
}
