import { createStore } from 'zustand/vanilla';

/** One-time messages to the user (unreadable saved data, storage full, cloud unreachable). */
interface Notice {
  id: string;
  text: string;
}

const store = createStore<{ items: Notice[] }>()(() => ({ items: [] }));

export const notices = {
  store,
  push(notice: Notice) {
    if (store.getState().items.some((n) => n.id === notice.id)) return;
    store.setState({ items: [...store.getState().items, notice] });
  },
  dismiss(id: string) {
    store.setState({ items: store.getState().items.filter((n) => n.id !== id) });
  },
};
