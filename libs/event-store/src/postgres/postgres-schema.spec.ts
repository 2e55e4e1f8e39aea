/**
 * Goal: the PostgreSQL layout is derived safely from the configured schema name: only plain identifiers
 * reach SQL, and every process derives the same lock keys and notification channel for a schema (they
 * must agree to serialise appends and to wake each other's subscriptions).
 */
import { postgresLayout } from '../storage/postgres-layout';
import { LAYOUT_MARKER, schemaDefinitionSql } from './postgres-schema';

describe('PostgreSQL layout', () => {
  test('tables and the append function are qualified with the quoted schema', () => {
    const layout = postgresLayout('city_ledger');
    expect(layout.eventsTable).toBe('"city_ledger".ledger_events');
    expect(layout.streamsTable).toBe('"city_ledger".ledger_streams');
    expect(layout.appendFunction).toBe('"city_ledger".ledger_append');
  });

  test('the default schema is public', () => {
    expect(postgresLayout().schema).toBe('public');
  });

  test.each(['', 'has space', 'quote"d', 'semi;colon', '1starts_with_digit', 'x'.repeat(64)])(
    'refuses the schema name %p before it reaches SQL',
    (schema) => {
      expect(() => postgresLayout(schema)).toThrow(/not allowed/);
    },
  );

  test('lock keys and channel are the same in every process and differ between schemas', () => {
    const first = postgresLayout('ledger_a');
    expect(postgresLayout('ledger_a')).toEqual(first);
    const other = postgresLayout('ledger_b');
    expect(other.appendLockKeys).not.toEqual(first.appendLockKeys);
    expect(other.channel).not.toBe(first.channel);
  });

  test('creating a layout never waits for the append lock of the same schema', () => {
    const layout = postgresLayout('ledger_a');
    expect(layout.layoutLockKeys).not.toEqual(layout.appendLockKeys);
  });

  test('the channel is a valid unquoted identifier within 63 bytes', () => {
    expect(postgresLayout('x'.repeat(63)).channel).toMatch(/^[a-z_][a-z0-9_]{0,62}$/);
  });

  test('the DDL is one transaction under the layout lock and marks the layout as complete last', () => {
    const statements = schemaDefinitionSql(postgresLayout('ledger_a')).split(';\n');
    expect(statements[0]).toBe('BEGIN');
    expect(statements[1]).toContain('pg_advisory_xact_lock');
    expect(statements[statements.length - 2]).toContain(LAYOUT_MARKER);
    expect(statements[statements.length - 1]).toBe('COMMIT');
  });
});
