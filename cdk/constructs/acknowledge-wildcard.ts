// Acknowledges one cdk-nag AwsSolutions-IAM5 finding for one deliberate wildcard resource. cdk-nag 3
// matches acknowledgements by exact finding id, which embeds the resource flattened the way nag does.
import { Stack, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/** Mirrors cdk-nag's flattenCfnReference (not exported): Join concatenates, GetAtt is <Id.Attr>, Ref is <Id>. */
export function flattenReference(node: unknown): string {
  if (node === undefined) return '';
  if (typeof node === 'string') return node.replace(/\$\{/g, '<').replace(/\}/g, '>');
  const value = node as Record<string, unknown>;
  if (value['Fn::Join']) {
    const [delimiter, items] = value['Fn::Join'] as [string, unknown[]];
    return items.map(flattenReference).join(delimiter);
  }
  if (value['Fn::Sub']) return flattenReference(value['Fn::Sub']);
  if (value['Fn::GetAtt']) {
    const [resource, attribute] = value['Fn::GetAtt'] as [unknown, unknown];
    return `<${flattenReference(resource)}.${flattenReference(attribute)}>`;
  }
  if (value['Fn::ImportValue']) return flattenReference(value['Fn::ImportValue']);
  if (value.Ref) return `<${flattenReference(value.Ref)}>`;
  return JSON.stringify(node);
}

/**
 * `resource` must resolve within the stack of `scope` (a same-stack attribute or an explicit import):
 * an automatic cross-stack reference only gets its export name at synthesis.
 */
export function acknowledgeWildcardResource(scope: IConstruct, resource: string, reason: string): string {
  const id = `AwsSolutions-IAM5[Resource::${flattenReference(Stack.of(scope).resolve(resource))}]`;
  Validations.of(scope).acknowledge({ id, reason });
  return id;
}
