/* tafel-row-slots.c: a list model whose items keep their places, so that rows are reused */
#include "config.h"

#include "tafel-row-slots.h"

/* Up to this many items added plus removed, a change is passed on as is. */
#define SMALL_CHANGE 64

struct _TafelRowSlot
{
  GObject  parent_instance;

  GObject *item;
};

struct _TafelRowSlots
{
  GObject     parent_instance;

  GListModel *model;
  GPtrArray  *slots;   /* TafelRowSlot or NULL (not asked for yet), one per item */
};

static void tafel_row_slots_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE (TafelRowSlot, tafel_row_slot, G_TYPE_OBJECT)
G_DEFINE_FINAL_TYPE_WITH_CODE (TafelRowSlots, tafel_row_slots, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, tafel_row_slots_list_model_init))

static void
tafel_row_slot_finalize (GObject *object)
{
  g_clear_object (&TAFEL_ROW_SLOT (object)->item);

  G_OBJECT_CLASS (tafel_row_slot_parent_class)->finalize (object);
}

static void
tafel_row_slot_class_init (TafelRowSlotClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tafel_row_slot_finalize;
}

static void
tafel_row_slot_init (TafelRowSlot *self)
{
}

gpointer
tafel_row_slot_get_item (TafelRowSlot *self)
{
  g_return_val_if_fail (TAFEL_IS_ROW_SLOT (self), NULL);
  return self->item;
}

static GType
tafel_row_slots_get_item_type (GListModel *list)
{
  return TAFEL_TYPE_ROW_SLOT;
}

static guint
tafel_row_slots_get_n_items (GListModel *list)
{
  return TAFEL_ROW_SLOTS (list)->slots->len;
}

static gpointer
tafel_row_slots_get_item (GListModel *list,
                          guint       position)
{
  TafelRowSlots *self = TAFEL_ROW_SLOTS (list);
  TafelRowSlot *slot;

  if (position >= self->slots->len)
    return NULL;

  slot = g_ptr_array_index (self->slots, position);
  if (slot == NULL)
    {
      slot = g_object_new (TAFEL_TYPE_ROW_SLOT, NULL);
      slot->item = g_list_model_get_item (self->model, position);
      g_ptr_array_index (self->slots, position) = slot;
    }

  return g_object_ref (slot);
}

static void
tafel_row_slots_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = tafel_row_slots_get_item_type;
  iface->get_n_items = tafel_row_slots_get_n_items;
  iface->get_item = tafel_row_slots_get_item;
}

static void
on_items_changed_cb (GListModel    *model,
                     guint          position,
                     guint          removed,
                     guint          added,
                     TafelRowSlots *self)
{
  guint old_n = self->slots->len;
  guint new_n = g_list_model_get_n_items (model);

  /* A few notes added or removed (one captured, some deleted): pass the
   * change on as it is, the slots moving with their items, so that the
   * view only shifts its rows. */
  if (removed + added <= SMALL_CHANGE)
    {
      g_ptr_array_remove_range (self->slots, position, removed);
      for (guint i = 0; i < added; i++)
        g_ptr_array_insert (self->slots, position + i, NULL);
      g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
      return;
    }

  g_ptr_array_set_size (self->slots, new_n);

  /* Every slot from @position on may hold another item now. */
  for (guint i = position; i < new_n; i++)
    {
      TafelRowSlot *slot = g_ptr_array_index (self->slots, i);

      if (slot != NULL)
        {
          g_clear_object (&slot->item);
          slot->item = g_list_model_get_item (model, i);
        }
    }

  g_list_model_items_changed (G_LIST_MODEL (self), position, old_n - position, new_n - position);
}

static void
tafel_row_slots_dispose (GObject *object)
{
  TafelRowSlots *self = TAFEL_ROW_SLOTS (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (tafel_row_slots_parent_class)->dispose (object);
}

static void
tafel_row_slots_finalize (GObject *object)
{
  g_ptr_array_unref (TAFEL_ROW_SLOTS (object)->slots);

  G_OBJECT_CLASS (tafel_row_slots_parent_class)->finalize (object);
}

static void
tafel_row_slots_class_init (TafelRowSlotsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tafel_row_slots_dispose;
  object_class->finalize = tafel_row_slots_finalize;
}

static void
slot_free (gpointer slot)
{
  if (slot != NULL)
    g_object_unref (slot);
}

static void
tafel_row_slots_init (TafelRowSlots *self)
{
  /* g_ptr_array_set_size() frees the slots past the end. */
  self->slots = g_ptr_array_new_with_free_func (slot_free);
}

TafelRowSlots *
tafel_row_slots_new (GListModel *model)
{
  TafelRowSlots *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);

  self = g_object_new (TAFEL_TYPE_ROW_SLOTS, NULL);
  self->model = g_object_ref (model);
  g_ptr_array_set_size (self->slots, g_list_model_get_n_items (model));
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed_cb), self);

  return self;
}
