import { useEffect, useRef, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';

interface VirtualListProps<T> {
  /** Accessible name of the list. */
  label: string;
  items: ReadonlyArray<T>;
  getKey: (item: T) => string;
  renderItem: (item: T, index: number) => ReactNode;
  /** Estimated row height in px; rows are measured once rendered. */
  estimateSize: number;
  /** Start scrolled to the last item (a conversation). */
  startAtEnd?: boolean;
}

/**
 * A list that renders only the rows in view (10,000 messages stay cheap). It fills the space its
 * parent gives it and scrolls on its own.
 */
export function VirtualList<T>({
  label,
  items,
  getKey,
  renderItem,
  estimateSize,
  startAtEnd = false,
}: VirtualListProps<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is not memoizable; this component stays uncompiled.
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimateSize,
    getItemKey: (index) => getKey(items[index] as T),
    overscan: 6,
  });
  const lastIndex = items.length - 1;
  useEffect(() => {
    if (startAtEnd && lastIndex >= 0) virtualizer.scrollToIndex(lastIndex, { align: 'end' });
  }, [startAtEnd, lastIndex, virtualizer]);

  return (
    <div ref={scrollRef} tabIndex={0} className="min-h-0 flex-1 overflow-y-auto [scrollbar-width:none]">
      <div
        role="list"
        aria-label={label}
        className="relative w-full"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((row) => (
          <div
            key={row.key}
            role="listitem"
            aria-setsize={items.length}
            aria-posinset={row.index + 1}
            data-index={row.index}
            ref={virtualizer.measureElement}
            className="absolute top-0 left-0 w-full"
            style={{ transform: `translateY(${row.start}px)` }}
          >
            {renderItem(items[row.index] as T, row.index)}
          </div>
        ))}
      </div>
    </div>
  );
}
