/** Issue #6, hostile input 1 in the UI: markup in a phone name or a message body shows as text. */
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { PhoneNameEditor } from '../screens/about/PhoneNameEditor';
import { ListItem } from '../ui/ListItem';

const MARKUP = '<script>alert(1)</script><img src=x onerror="alert(1)">';

describe('markup is rendered as text', () => {
  it('in the phone name on the about screen', () => {
    const { container } = render(<PhoneNameEditor name={MARKUP} />);
    expect(screen.getByText(MARKUP)).toBeVisible();
    expect(container.querySelector('script, img')).toBeNull();
  });

  it('in a list item showing a contact name and a message body', () => {
    const { container } = render(
      <MemoryRouter>
        <ListItem title={MARKUP} state={`هلا 👋 ${MARKUP}`} />
      </MemoryRouter>,
    );
    expect(screen.getByText(MARKUP)).toBeVisible();
    expect(screen.getByText(`هلا 👋 ${MARKUP}`)).toBeVisible();
    expect(container.querySelector('script, img')).toBeNull();
  });
});
